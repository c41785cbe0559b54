/**
 * Which months a month is planned with. A rule whose window is longer than a month (a quarter's
 * quota, a special period crossing months) must count the other months' duties and must not leave
 * a later month infeasible. So a month is solved together with every month it shares a window with:
 * months that already have a roster count with their duties as facts; months without one that
 * still lie ahead are planned alongside ("forecast", not stored) and, in turn, bring in their own
 * windows. Because the month's plan comes from a joint plan in which the later months are feasible,
 * generating the months one by one in any order stays feasible whenever the joint plan is.
 */
import { DateTime } from 'luxon';
import { monthBounds } from '../common/dates.js';

export interface WindowInput {
  /** The month being planned, YYYY-MM. */
  month: string;
  /** Today's date in the unit's zone; months that have ended bring in nothing more. */
  today: string;
  /** Special periods of the unit (any that may overlap the months around). */
  periods: ReadonlyArray<{ startDate: string; endDate: string }>;
  /** Months (other than `month`) that already have a roster. */
  rostered: ReadonlySet<string>;
  /** Whether a month can be planned at all (its year's holidays are confirmed). */
  plannable: (month: string) => boolean;
}

export interface RecordWindow {
  /** Every month of the joint plan, in order. */
  months: string[];
  /** Months whose sessions are decided in this plan: the month itself and the forecast ones. */
  free: string[];
}

/** How far a joint plan may reach from the month (a year either way). */
const MAX_REACH_MONTHS = 11;

const toMonth = (d: DateTime) => d.toFormat('yyyy-MM');
const parseMonth = (m: string) => DateTime.fromFormat(m, 'yyyy-MM', { zone: 'utc' });

/** The months of the quarter a month lies in. */
export function quarterMonths(month: string): string[] {
  const d = parseMonth(month);
  const first = d.set({ month: (d.quarter - 1) * 3 + 1 });
  return [0, 1, 2].map((i) => toMonth(first.plus({ months: i })));
}

/** Every month a date range touches. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let m = parseMonth(from.slice(0, 7));
    toMonth(m) <= to.slice(0, 7);
    m = m.plus({ months: 1 })
  )
    out.push(toMonth(m));
  return out;
}

/** The months sharing a window with a month: its quarter, and the months of its periods. */
function linkedMonths(month: string, periods: WindowInput['periods']): string[] {
  const { from, to } = monthBounds(month);
  const viaPeriods = periods
    .filter((p) => p.startDate <= to && p.endDate >= from)
    .flatMap((p) => monthsBetween(p.startDate, p.endDate));
  return [...quarterMonths(month), ...viaPeriods];
}

export function recordWindow(input: WindowInput): RecordWindow {
  const origin = parseMonth(input.month);
  const reach = (m: string) =>
    Math.abs(parseMonth(m).diff(origin, 'months').months) <= MAX_REACH_MONTHS;
  const months = new Set([input.month]);
  const free = [input.month];
  const queue = [input.month];
  while (queue.length > 0) {
    for (const m of linkedMonths(queue.shift()!, input.periods)) {
      if (months.has(m) || !reach(m) || !input.plannable(m)) continue;
      months.add(m);
      // A month with a roster is a fact; a month that has ended has nothing left to plan.
      if (input.rostered.has(m) || monthBounds(m).to < input.today) continue;
      free.push(m);
      queue.push(m);
    }
  }
  return { months: [...months].sort(), free: free.sort() };
}
