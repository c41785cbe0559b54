import chineseDays from 'chinese-days';
import { datesBetween, isWeekend } from '../common/dates.js';
import type { YearArrangement } from './holiday-import.js';

export const PACKAGE_SOURCE = 'chinese-days@1.5.7';

/**
 * The arrangement chinese-days knows for a year, or null when it has none. Used only when an
 * administrator confirms a year from the package: the package treats a year it does not know as
 * plain Mon–Fri, so it must never answer calendar questions directly.
 */
export function packageArrangement(year: number): YearArrangement | null {
  const holidays: YearArrangement['holidays'] = [];
  const makeupWorkdays: YearArrangement['makeupWorkdays'] = [];
  for (const date of datesBetween(`${year}-01-01`, `${year}-12-31`)) {
    const detail = chineseDays.getDayDetail(date);
    // Ordinary days are named after the weekday; arranged ones read "Spring Festival,春节,4".
    const parts = detail.name.split(',');
    if (parts.length < 2) continue;
    const name = parts[1];
    if (!detail.work) holidays.push({ date, name });
    else if (isWeekend(date)) makeupWorkdays.push({ date, name });
  }
  return holidays.length ? { holidays, makeupWorkdays } : null;
}
