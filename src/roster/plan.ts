/**
 * What a plan of a month (or a check of a range of months) consists of, decided from the unit's
 * record alone: which months go into one problem, which duties are facts, which sessions are
 * decided, and the days whose calendar is needed. Pure: the roster service loads the record and
 * the calendar, and tests drive the same functions with generated units.
 */
import type { CalendarDay, DutyCode } from '../calendar/index.js';
import { addDays, monthBounds } from '../common/dates.js';
import type { Problem } from '../solver/index.js';
import type { Duty } from './duties.js';
import {
  buildRosterProblem,
  DEFAULT_WEIGHTS,
  type AvailabilityInput,
  type PeriodInput,
  type RosterLeaderInput,
  type RosterRules,
  type SessionTemplateInput,
} from './problem-builder.js';
import { monthsBetween, quarterMonths, recordWindow, type RecordWindow } from './record-window.js';
import { chinaDate } from '../common/clock.js';

/** A month of the unit that has a roster. */
export interface RecordedMonth {
  month: string;
  /** Its duties as they stand (the draft being made or amended, or as published). */
  duties: Duty[];
  /** Its latest published version's duties; null when never published. */
  published: Duty[] | null;
}

/** The unit's record around a month: everything a plan depends on but the calendar. */
export interface UnitRecord {
  leaders: Array<Omit<RosterLeaderInput, 'carried'>>;
  periods: PeriodInput[];
  months: RecordedMonth[];
  /** Years whose holidays are confirmed (only those can be planned). */
  confirmed: ReadonlySet<number>;
  sessions: SessionTemplateInput[];
  rules: Omit<RosterRules, 'weights'>;
}

/** One problem's months and facts, before the calendar is known. */
export interface PlanShape {
  /** The month the plan is for (names the problem). */
  month: string;
  window: RecordWindow;
  freeMonths: string[];
  openMonths: string[];
  forecastMonths: string[];
  /** Days whose calendar, availability and duties count. */
  from: string;
  to: string;
  fixed: Duty[];
  begun: (date: string, code: DutyCode) => boolean;
}

/**
 * Days before and after the months of a plan whose duties still count: the spacing rule looks
 * back across a month's start (5 working days can span two weeks around a holiday).
 */
const MARGIN_DAYS = 14;

const toDuty = (d: Duty): Duty => ({ date: d.date, session: d.session, leaderId: d.leaderId });

/** Days of the months, with margins in confirmed years (an unconfirmed year has no calendar). */
function span(months: string[], confirmed: ReadonlySet<number>) {
  const first = monthBounds(months[0]).from;
  const last = monthBounds(months[months.length - 1]).to;
  const clip = (date: string, inside: string) =>
    confirmed.has(Number(date.slice(0, 4))) ? date : inside;
  return {
    from: clip(addDays(first, -MARGIN_DAYS), first),
    to: clip(addDays(last, MARGIN_DAYS), last),
  };
}

/**
 * Planning `month` at `now`: it is solved with its window's months ahead as a forecast (default)
 * or stated alone to be checked (`forecast: false`, the months ahead left open). Facts: every
 * other month's current duties (what will be published: counting only published versions would
 * let two drafts spend the same quota), and the month's own duties of sessions that have begun,
 * as last published (what a re-plan must keep).
 */
export function monthPlan(
  record: UnitRecord,
  month: string,
  now: Date,
  begun: (date: string, code: DutyCode) => boolean,
  forecast = true,
): PlanShape {
  const window = recordWindow({
    month,
    today: chinaDate(now),
    periods: record.periods,
    rostered: new Set(record.months.filter((m) => m.month !== month).map((m) => m.month)),
    plannable: (m) => record.confirmed.has(Number(m.slice(0, 4))),
  });
  const own = record.months.find((m) => m.month === month);
  const others = record.months.filter((m) => m.month !== month).flatMap((m) => m.duties);
  const ownBegun = (own?.published ?? own?.duties ?? []).filter((d) => begun(d.date, d.session));
  const ahead = window.free.filter((m) => m !== month);
  return {
    month,
    window,
    freeMonths: forecast ? window.free : [month],
    openMonths: forecast ? [] : ahead,
    forecastMonths: forecast ? ahead : [],
    ...span(window.months, record.confirmed),
    fixed: [...others, ...ownBegun].map(toDuty),
    begun,
  };
}

/**
 * Checking the months from..to as they stand: every session of them is checked, begun or not;
 * the months around that share a window with them count as facts, and months without a roster
 * are left open (nothing to check yet). `duties` are the range's duties, to verify.
 */
export function rangePlan(
  record: UnitRecord,
  fromMonth: string,
  toMonth: string,
  today: string,
): PlanShape & { duties: Duty[] } {
  const range = new Set(monthsBetween(`${fromMonth}-01`, `${toMonth}-01`));
  const from = monthBounds(quarterMonths(fromMonth)[0]).from;
  const to = monthBounds(quarterMonths(toMonth)[2]).to;
  const periods = record.periods.filter((p) => p.startDate <= to && p.endDate >= from);
  const months = monthsBetween(
    [from, ...periods.map((p) => p.startDate)].sort()[0],
    [to, ...periods.map((p) => p.endDate)].sort().at(-1)!,
  ).filter((m) => record.confirmed.has(Number(m.slice(0, 4))));
  const rostered = new Set(record.months.map((m) => m.month));
  const checked = record.months.filter((m) => range.has(m.month));
  return {
    month: fromMonth,
    window: { months, free: checked.map((m) => m.month) },
    freeMonths: checked.map((m) => m.month),
    openMonths: months.filter((m) => !rostered.has(m) && monthBounds(m).to >= today),
    forecastMonths: [],
    ...span(months, record.confirmed),
    fixed: record.months
      .filter((m) => !range.has(m.month))
      .flatMap((m) => m.duties)
      .map(toDuty),
    begun: () => false,
    duties: checked.flatMap((m) => m.duties).map(toDuty),
  };
}

/** The plan as a solver problem, once the calendar and availability of its days are known. */
export function planProblem(
  record: UnitRecord,
  plan: PlanShape,
  days: CalendarDay[],
  availability: AvailabilityInput[],
  extra: { pins?: Duty[]; previous?: Duty[] } = {},
): Problem {
  const decided = plan.freeMonths.length > 0 ? plan.freeMonths : [plan.month];
  const before = monthsBetween(`${decided[0].slice(0, 4)}-01-01`, `${decided[0]}-01`).filter(
    (m) => m < decided[0],
  );
  const inDays = (d: Duty) => d.date >= plan.from && d.date <= plan.to;
  return buildRosterProblem({
    month: plan.month,
    days,
    freeMonths: plan.freeMonths,
    openMonths: plan.openMonths,
    forecastMonths: plan.forecastMonths,
    begun: plan.begun,
    sessions: record.sessions,
    leaders: record.leaders
      .filter((l) => l.activeFrom <= plan.to && (l.activeTo === null || l.activeTo >= plan.from))
      .map((l) => ({ ...l, carried: carried(l, plan.fixed, before) })),
    availability,
    periods: record.periods.filter((p) => p.startDate <= plan.to && p.endDate >= plan.from),
    fixed: plan.fixed.filter(inDays),
    pins: extra.pins ?? [],
    ...(extra.previous ? { previous: extra.previous } : {}),
    rules: { ...record.rules, weights: DEFAULT_WEIGHTS },
  });
}

/** The year so far: months with duties count what the leader holds against the monthly minimum. */
function carried(leader: Omit<RosterLeaderInput, 'carried'>, duties: Duty[], months: string[]) {
  return months
    .filter((m) => duties.some((d) => d.date.startsWith(m)))
    .reduce(
      (sum, m) =>
        sum +
        duties.filter((d) => d.leaderId === leader.id && d.date.startsWith(m)).length -
        leader.minPerMonth,
      0,
    );
}
