import { DateTime } from 'luxon';

/** Earlier months of the same year and of the same quarter, as 'YYYY-MM'. */
export function earlierMonths(month: string): { year: string[]; quarter: string[] } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' });
  const year: string[] = [];
  const quarter: string[] = [];
  for (let m = 1; m < start.month; m++) {
    const text = start.set({ month: m }).toFormat('yyyy-MM');
    year.push(text);
    if (Math.ceil(m / 3) === start.quarter) quarter.push(text);
  }
  return { year, quarter };
}

export function clampDate(date: string, from: string, to: string): string {
  return date < from ? from : date > to ? to : date;
}
