import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, type Repository } from 'typeorm';
import { CalendarService, type DutyCode, SpecialPeriodsService } from '../calendar/index.js';
import { addDays, monthBounds } from '../common/dates.js';
import { Clock, chinaDate } from '../common/clock.js';
import {
  DEFAULT_ROSTER_RULES,
  type Leader,
  LeadersService,
  type Unit,
  UnitsService,
} from '../org/index.js';
import type { Problem } from '../solver/index.js';
import { AvailabilityService } from './availability.service.js';
import type { Duty } from './duties.js';
import { monthPlan, planProblem, rangePlan, type PlanShape, type UnitRecord } from './plan.js';
import type { SessionCode } from './problem-builder.js';
import type { RecordWindow } from './record-window.js';
import { RosterAssignment } from './roster-assignment.entity.js';
import { leaderQuota, periodHeading } from './roster-terms.js';
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

/** How far around a month its record is read (its windows reach at most a year either way). */
const RECORD_REACH_DAYS = 400;

function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  return eh * 60 + em - (sh * 60 + sm);
}

/**
 * Loads a unit's record (leaders, periods, the rosters around a month) and its calendar, and
 * states a plan or a check of it as a solver problem; what goes into the problem is decided in
 * plan.ts.
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
    const { unit, leaders, record } = await this.record(unitId, month, month);
    const begun = begunAt(unit, now);
    const plan = monthPlan(record, month, now, begun, options.forecast ?? true);
    const problem = await this.problem(unit, record, plan, options);
    return { unit, leaders, problem, window: plan.window, begun };
  }

  /**
   * The months from..to (YYYY-MM) as they stand, every session of them checked whether it has
   * begun or not, with the months around that share their windows as facts.
   */
  async rangeContext(unitId: string, fromMonth: string, toMonth: string): Promise<RangeContext> {
    const { unit, leaders, record, rosters } = await this.record(unitId, fromMonth, toMonth);
    const plan = rangePlan(record, fromMonth, toMonth, chinaDate(this.clock.now()));
    const problem = await this.problem(unit, record, plan);
    const checked = new Set(plan.freeMonths);
    return {
      unit,
      leaders,
      problem,
      rosters: rosters.filter((r) => checked.has(r.month)),
      duties: plan.duties,
    };
  }

  private async problem(
    unit: Unit,
    record: UnitRecord,
    plan: PlanShape,
    extra: { pins?: Duty[]; previous?: Duty[] } = {},
  ): Promise<Problem> {
    const [days, availability] = await Promise.all([
      this.calendar.days(unit.id, plan.from, plan.to),
      this.availability.between(unit.id, plan.from, plan.to),
    ]);
    return planProblem(
      record,
      plan,
      days,
      availability.map((a) => ({
        leaderId: a.leaderId,
        date: a.date,
        session: a.session as SessionCode | null,
        kind: a.kind,
      })),
      extra,
    );
  }

  /** The unit, its leaders, and its record around the months from..to. */
  private async record(unitId: string, fromMonth: string, toMonth: string) {
    const from = addDays(monthBounds(fromMonth).from, -RECORD_REACH_DAYS);
    const to = addDays(monthBounds(toMonth).to, RECORD_REACH_DAYS);
    const [unit, leaders, confirmed, periods, rosters] = await Promise.all([
      this.units.byId(unitId),
      this.leaders.forUnit(unitId),
      this.calendar.confirmedYears(unitId),
      this.periods.overlapping(unitId, from, to),
      this.rosters.find({
        where: { unitId, month: Between(from.slice(0, 7), to.slice(0, 7)) },
      }),
    ]);
    const ids = rosters.map((r) => r.id);
    const [rows, versions] = await Promise.all([
      ids.length ? this.assignments.find({ where: { rosterId: In(ids) } }) : [],
      rosters.some((r) => r.publishedVersion > 0)
        ? this.versions.find({
            where: rosters
              .filter((r) => r.publishedVersion > 0)
              .map((r) => ({ rosterId: r.id, number: r.publishedVersion })),
          })
        : [],
    ]);
    const duty = (d: Duty): Duty => ({ date: d.date, session: d.session, leaderId: d.leaderId });
    const rules = unit.rosterRules ?? DEFAULT_ROSTER_RULES;
    const record: UnitRecord = {
      leaders: leaders.map((l) => ({
        id: l.id,
        name: l.name,
        pool: l.rotationPool,
        rank: l.rank,
        activeFrom: l.activeFrom,
        activeTo: l.activeTo,
        ...leaderQuota(l),
      })),
      periods: periods.map((p) => ({
        ...periodHeading(p),
        poolQuotas: p.poolQuotas,
        onCallLeader: p.onCallLeader,
        onCallQuotaPerLeader: p.onCallQuotaPerLeader,
        sessionRanks: p.sessionRanks,
        spacingDays: p.spacingDays,
        firstDayLeaderId: p.firstDayLeaderId,
      })),
      months: rosters.map((r) => ({
        month: r.month,
        duties: rows.filter((a) => a.rosterId === r.id).map(duty),
        published: versions.find((v) => v.rosterId === r.id)?.duties.map(duty) ?? null,
      })),
      confirmed,
      sessions: unit.sessionTemplates.map((t) => ({
        code: t.code,
        start: t.start,
        minutes: minutesBetween(t.start, t.end),
      })),
      rules: {
        normalSessions: rules.normalSessions,
        normalLeadersPerSession: rules.normalLeadersPerSession,
        spacingWorkingDays: rules.spacingWorkingDays,
      },
    };
    return { unit, leaders, record, rosters };
  }
}
