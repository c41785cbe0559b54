/** A leader's month of availability entries as the calendar shows them. */
import type { Availability, CalendarDay } from '../../api/types.js';
import { REASON_NAMES, KIND_NAMES, SESSION_NAMES, shortDate, weekdayName } from '../../labels.js';

/** Entries by their date, each date's in the order given. */
export function entriesByDate(entries: Availability[]): Map<string, Availability[]> {
  const byDate = new Map<string, Availability[]>();
  for (const e of entries) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return byDate;
}

/** How many blank cells precede the month's first day in a week that starts on Monday. */
export const leadingBlanks = (days: CalendarDay[]) => days[0].weekday - 1;

/** An entry in its day's cell: 不可参加·上午（出差）. */
export function entryText(e: Availability): string {
  return (
    KIND_NAMES[e.kind] +
    (e.session ? `·${SESSION_NAMES[e.session]}` : '') +
    (e.reason ? `（${REASON_NAMES[e.reason]}）` : '')
  );
}

/** A day's button name: the date, its weekday, and how many entries it has. */
export function dayLabel(day: CalendarDay, entries: number): string {
  return `${shortDate(day.date)} ${weekdayName(day.weekday)}${entries ? `，已登记 ${entries} 项` : ''}`;
}
