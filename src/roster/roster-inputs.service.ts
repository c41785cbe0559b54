import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, type Repository } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { SpecialPeriodsService } from '../calendar/special-periods.service.js';
import { LeadersService } from '../org/leaders.service.js';
import type { Leader } from '../org/leader.entity.js';
import { DEFAULT_ROSTER_RULES, type Unit } from '../org/unit.entity.js';
import { UnitsService } from '../org/units.service.js';
import type { Assignment, Problem } from '../solver/index.js';
import { AvailabilityService } from './availability.service.js';
import { monthBounds } from '../calendar/dates.js';
import { clampDate, earlierMonths } from './months.js';
import {
  buildRosterProblem,
  DEFAULT_WEIGHTS,
  type RosterLeaderInput,
  type SessionCode,
} from './problem-builder.js';
import { RosterVersion } from './roster-version.entity.js';
import { Roster } from './roster.entity.js';

export interface RosterContext {
  unit: Unit;
  leaders: Leader[];
  problem: Problem;
}

function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  return eh * 60 + em - (sh * 60 + sm);
}

/** Gathers everything a month's roster depends on and states it as a solver problem. */
@Injectable()
export class RosterInputsService {
  constructor(
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly calendar: CalendarService,
    private readonly periods: SpecialPeriodsService,
    private readonly availability: AvailabilityService,
    @InjectRepository(Roster) private readonly rosters: Repository<Roster>,
    @InjectRepository(RosterVersion) private readonly versions: Repository<RosterVersion>,
  ) {}

  async context(
    unitId: string,
    month: string,
    pins: Assignment[] = [],
    previous?: Assignment[],
  ): Promise<RosterContext> {
    const { from, to } = monthBounds(month);
    const [unit, allLeaders, days, periods, availability, history] = await Promise.all([
      this.units.byId(unitId),
      this.leaders.forUnit(unitId),
      this.calendar.monthDays(unitId, month),
      this.periods.overlapping(unitId, from, to),
      this.availability.between(unitId, from, to),
      this.publishedCounts(unitId, month),
    ]);
    const leaders = allLeaders.filter(
      (l) => l.activeFrom <= to && (l.activeTo === null || l.activeTo >= from),
    );
    const inputs: RosterLeaderInput[] = leaders.map((l) => {
      const perMonth = history.map((h) => ({ n: h.counts.get(l.id) ?? 0, inQuarter: h.inQuarter }));
      const quarterCount = perMonth.filter((h) => h.inQuarter).reduce((sum, h) => sum + h.n, 0);
      return {
        id: l.id,
        name: l.name,
        pool: l.rotationPool,
        activeFrom: clampDate(l.activeFrom, from, to),
        activeTo: clampDate(l.activeTo ?? to, from, to),
        minPerMonth: l.minSessionsPerMonth,
        maxPerMonth: l.maxSessionsPerMonth,
        quarterRemaining:
          l.maxSessionsPerQuarter === null ? null : l.maxSessionsPerQuarter - quarterCount,
        carried: perMonth.reduce((sum, h) => sum + (h.n - l.minSessionsPerMonth), 0),
      };
    });
    const rules = unit.rosterRules ?? DEFAULT_ROSTER_RULES;
    const problem = buildRosterProblem({
      month,
      days,
      sessions: unit.sessionTemplates.map((t) => ({
        code: t.code,
        start: t.start,
        minutes: minutesBetween(t.start, t.end),
      })),
      leaders: inputs,
      availability: availability.map((a) => ({
        leaderId: a.leaderId,
        date: a.date,
        session: a.session as SessionCode | null,
        kind: a.kind,
      })),
      periods: periods.map((p) => ({
        id: p.id,
        startDate: p.startDate,
        endDate: p.endDate,
        quotaPerLeader: p.quotaPerLeader,
        poolQuotas: p.poolQuotas,
      })),
      pins,
      previous,
      rules: { ...rules, weights: DEFAULT_WEIGHTS },
    });
    return { unit, leaders, problem };
  }

  /**
   * Sessions each leader holds in the latest published version of each earlier month of the year
   * (months never published do not count: nobody sat them by this roster).
   */
  private async publishedCounts(
    unitId: string,
    month: string,
  ): Promise<Array<{ month: string; inQuarter: boolean; counts: Map<string, number> }>> {
    const earlier = earlierMonths(month);
    if (earlier.year.length === 0) return [];
    const rosters = await this.rosters.find({
      where: { unitId, month: In(earlier.year), publishedVersion: MoreThan(0) },
    });
    const versions = await this.versions.find({
      where: rosters.map((r) => ({ rosterId: r.id, number: r.publishedVersion })),
    });
    return rosters.map((roster) => {
      const counts = new Map<string, number>();
      const version = versions.find((v) => v.rosterId === roster.id);
      for (const d of version?.duties ?? []) {
        counts.set(d.leaderId, (counts.get(d.leaderId) ?? 0) + 1);
      }
      return { month: roster.month, inQuarter: earlier.quarter.includes(roster.month), counts };
    });
  }
}
