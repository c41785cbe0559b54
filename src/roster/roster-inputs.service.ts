import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, type Repository } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { addDays, chinaToday, monthBounds } from '../calendar/dates.js';
import type { DutyCode } from '../calendar/special-period.entity.js';
import { SpecialPeriodsService } from '../calendar/special-periods.service.js';
import { Clock } from '../common/clock.js';
import type { Leader } from '../org/leader.entity.js';
import { LeadersService } from '../org/leaders.service.js';
import { DEFAULT_ROSTER_RULES, type Unit } from '../org/unit.entity.js';
import { UnitsService } from '../org/units.service.js';
import type { Problem } from '../solver/index.js';
import { AvailabilityService } from './availability.service.js';
import type { Duty } from './duties.js';
import {
  buildRosterProblem,
  DEFAULT_WEIGHTS,
  type RosterLeaderInput,
  type SessionCode,
} from './problem-builder.js';
import { monthsBetween, quarterMonths, recordWindow, type RecordWindow } from './record-window.js';
import { RosterAssignment } from './roster-assignment.entity.js';
import { RosterVersion } from './roster-version.entity.js';
import { Roster } from './roster.entity.js';
import { begunAt } from './session-start.js';

export interface RosterContext {
  unit: Unit;
  leaders: Leader[];
  problem: Problem;
  window: RecordWindow;
  /** Whether a duty has begun at the time the context was built. */
  begun: (date: string, code: DutyCode) => boolean;
}

/** The rosters of a range of months as one problem, to check the rules across them. */
export interface RangeContext {
  unit: Unit;
  leaders: Leader[];
  problem: Problem;
  /** The rosters of the range, by month. */
  rosters: Roster[];
  /** Their current duties (what each month holds now, draft or as published). */
  duties: Duty[];
}

export interface PlanOptions {
  /** Duties of the month staff pinned (kept by the solver). */
  pins?: Duty[];
  /** The published duties being amended (changes against them cost). */
  previous?: Duty[];
  /**
   * Solve the months ahead that share a window with the month alongside it (default), or only
   * state the month as it stands (to check it): the months ahead are then left open.
   */
  forecast?: boolean;
}

interface Horizon {
  month: string;
  freeMonths: string[];
  openMonths: string[];
  forecastMonths: string[];
  /** First and last month whose duties count. */
  months: string[];
  begun: (date: string, code: DutyCode) => boolean;
  fixed: Duty[];
  pins: Duty[];
  previous?: Duty[];
}

/**
 * Days before and after the months of a plan whose duties still count: the spacing rule looks
 * back across a month's start (5 working days can span two weeks around a holiday).
 */
const MARGIN_DAYS = 14;

function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  return eh * 60 + em - (sh * 60 + sm);
}

const toDuty = (d: Duty): Duty => ({ date: d.date, session: d.session, leaderId: d.leaderId });

/**
 * Gathers everything a month's roster depends on and states it as a solver problem: the months
 * it is planned with (record-window.ts), their calendar, the duties already decided in them, the
 * leaders, their availability and the special periods.
 */
@Injectable()
export class RosterInputsService {
  constructor(
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly calendar: CalendarService,
    private readonly periods: SpecialPeriodsService,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
    @InjectRepository(Roster) private readonly rosters: Repository<Roster>,
    @InjectRepository(RosterAssignment) private readonly assignments: Repository<RosterAssignment>,
    @InjectRepository(RosterVersion) private readonly versions: Repository<RosterVersion>,
  ) {}

  /** The problem of planning `month` now: its sessions still ahead, with their whole window. */
  async context(unitId: string, month: string, options: PlanOptions = {}): Promise<RosterContext> {
    const now = this.clock.now();
    const unit = await this.units.byId(unitId);
    const confirmed = await this.calendar.confirmedYears();
    const reach = monthBounds(month);
    const around = { from: addDays(reach.from, -400), to: addDays(reach.to, 400) };
    const [periods, rosters] = await Promise.all([
      this.periods.overlapping(unitId, around.from, around.to),
      this.rostersBetween(unitId, around.from, around.to),
    ]);
    const window = recordWindow({
      month,
      today: chinaToday(now),
      periods,
      rostered: new Set(rosters.filter((r) => r.month !== month).map((r) => r.month)),
      plannable: (m) => confirmed.has(Number(m.slice(0, 4))),
    });
    const begun = begunAt(unit, now);
    const forecast = options.forecast ?? true;
    const ahead = window.free.filter((m) => m !== month);
    const built = await this.build(unit, confirmed, {
      month,
      freeMonths: forecast ? window.free : [month],
      openMonths: forecast ? [] : ahead,
      forecastMonths: forecast ? ahead : [],
      months: window.months,
      begun,
      fixed: await this.recordedDuties(rosters, month, begun),
      pins: options.pins ?? [],
      ...(options.previous ? { previous: options.previous } : {}),
    });
    return { ...built, window, begun };
  }

  /**
   * The months from..to (YYYY-MM) as they stand, every session of them checked whether it has
   * begun or not; the rules' windows reach into the months around, whose duties count as facts.
   * Months without a roster are left open (nothing to check yet).
   */
  async rangeContext(unitId: string, fromMonth: string, toMonth: string): Promise<RangeContext> {
    const unit = await this.units.byId(unitId);
    const confirmed = await this.calendar.confirmedYears();
    const range = monthsBetween(`${fromMonth}-01`, `${toMonth}-01`);
    const from = monthBounds(quarterMonths(fromMonth)[0]).from;
    const to = monthBounds(quarterMonths(toMonth)[2]).to;
    const [periods, rosters] = await Promise.all([
      this.periods.overlapping(unitId, from, to),
      this.rostersBetween(unitId, addDays(from, -400), addDays(to, 400)),
    ]);
    const months = monthsBetween(
      [from, ...periods.map((p) => p.startDate)].sort()[0],
      [to, ...periods.map((p) => p.endDate)].sort().at(-1)!,
    ).filter((m) => confirmed.has(Number(m.slice(0, 4))));
    const inRange = rosters.filter((r) => range.includes(r.month));
    const rostered = new Set(rosters.map((r) => r.month));
    const today = chinaToday(this.clock.now());
    const rows = await this.assignments.find({ where: { rosterId: In(rosters.map((r) => r.id)) } });
    const monthOf = new Map(rosters.map((r) => [r.id, r.month]));
    const duties = rows.map((r) => ({ ...toDuty(r), month: monthOf.get(r.rosterId)! }));
    const built = await this.build(unit, confirmed, {
      month: fromMonth,
      freeMonths: inRange.map((r) => r.month),
      openMonths: months.filter((m) => !rostered.has(m) && monthBounds(m).to >= today),
      forecastMonths: [],
      months,
      begun: () => false,
      fixed: duties.filter((d) => !range.includes(d.month)).map(toDuty),
      pins: [],
    });
    return {
      ...built,
      rosters: inRange,
      duties: duties.filter((d) => range.includes(d.month)).map(toDuty),
    };
  }

  private async build(unit: Unit, confirmed: Set<number>, h: Horizon) {
    const first = monthBounds(h.months[0]).from;
    const last = monthBounds(h.months[h.months.length - 1]).to;
    // Margins count only in confirmed years: an unconfirmed year has no calendar to count on.
    const clip = (date: string, inside: string) =>
      confirmed.has(Number(date.slice(0, 4))) ? date : inside;
    const from = clip(addDays(first, -MARGIN_DAYS), first);
    const to = clip(addDays(last, MARGIN_DAYS), last);
    const [allLeaders, days, periods, availability] = await Promise.all([
      this.leaders.forUnit(unit.id),
      this.calendar.days(unit.id, from, to),
      this.periods.overlapping(unit.id, from, to),
      this.availability.between(unit.id, from, to),
    ]);
    const leaders = allLeaders.filter(
      (l) => l.activeFrom <= to && (l.activeTo === null || l.activeTo >= from),
    );
    const decided = h.freeMonths.length > 0 ? h.freeMonths : [h.month];
    const yearStart = `${decided[0].slice(0, 4)}-01-01`;
    const before = monthsBetween(yearStart, `${decided[0]}-01`).filter((m) => m < decided[0]);
    const rules = unit.rosterRules ?? DEFAULT_ROSTER_RULES;
    const problem = buildRosterProblem({
      month: h.month,
      days,
      freeMonths: h.freeMonths,
      openMonths: h.openMonths,
      forecastMonths: h.forecastMonths,
      begun: h.begun,
      sessions: unit.sessionTemplates.map((t) => ({
        code: t.code,
        start: t.start,
        minutes: minutesBetween(t.start, t.end),
      })),
      leaders: leaders.map((l) => leaderInput(l, h.fixed, before)),
      availability: availability.map((a) => ({
        leaderId: a.leaderId,
        date: a.date,
        session: a.session as SessionCode | null,
        kind: a.kind,
      })),
      periods: periods.map((p) => ({
        id: p.id,
        name: p.name,
        startDate: p.startDate,
        endDate: p.endDate,
        quotaPerLeader: p.quotaPerLeader,
        poolQuotas: p.poolQuotas,
        onCallLeader: p.onCallLeader,
        onCallQuotaPerLeader: p.onCallQuotaPerLeader,
        sessionRanks: p.sessionRanks,
        spacingDays: p.spacingDays,
        firstDayLeaderId: p.firstDayLeaderId,
      })),
      fixed: h.fixed.filter((d) => d.date >= from && d.date <= to),
      pins: h.pins,
      ...(h.previous ? { previous: h.previous } : {}),
      rules: { ...rules, weights: DEFAULT_WEIGHTS },
    });
    return { unit, leaders: allLeaders, problem };
  }

  private rostersBetween(unitId: string, from: string, to: string): Promise<Roster[]> {
    return this.rosters.find({
      where: { unitId, month: Between(from.slice(0, 7), to.slice(0, 7)) },
    });
  }

  /**
   * The duties that are facts for a plan of `month`: every other month's current duties (the
   * draft being made or amended, which is what will be published: counting only published
   * versions would let two drafts spend the same quota), and the month's own duties of sessions
   * that have begun, as last published (what a re-plan must keep).
   */
  private async recordedDuties(
    rosters: Roster[],
    month: string,
    begun: (date: string, code: DutyCode) => boolean,
  ): Promise<Duty[]> {
    if (rosters.length === 0) return [];
    const rows = await this.assignments.find({ where: { rosterId: In(rosters.map((r) => r.id)) } });
    const own = rosters.find((r) => r.month === month);
    const ownPublished =
      own && own.publishedVersion > 0
        ? await this.versions.findOne({
            where: { rosterId: own.id, number: own.publishedVersion },
          })
        : null;
    const others = rows.filter((r) => r.rosterId !== own?.id).map(toDuty);
    const ownBegun = (
      ownPublished ? ownPublished.duties : rows.filter((r) => r.rosterId === own?.id)
    )
      .filter((d) => begun(d.date, d.session))
      .map(toDuty);
    return [...others, ...ownBegun];
  }
}

function leaderInput(l: Leader, duties: Duty[], monthsBefore: string[]): RosterLeaderInput {
  const held = (m: string) => duties.filter((d) => d.leaderId === l.id && d.date.startsWith(m));
  return {
    id: l.id,
    name: l.name,
    pool: l.rotationPool,
    rank: l.rank,
    activeFrom: l.activeFrom,
    activeTo: l.activeTo,
    minPerMonth: l.minSessionsPerMonth,
    maxPerMonth: l.maxSessionsPerMonth,
    minPerQuarter: l.minSessionsPerQuarter,
    maxPerQuarter: l.maxSessionsPerQuarter,
    // The year so far: months with a roster count what they hold against the monthly minimum.
    carried: monthsBefore
      .filter((m) => duties.some((d) => d.date.startsWith(m)))
      .reduce((sum, m) => sum + held(m).length - l.minSessionsPerMonth, 0),
  };
}
