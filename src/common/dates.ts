/**
 * Calendar dates as ISO strings (YYYY-MM-DD). A date here is a civil date in China,
 * so arithmetic runs in UTC where no daylight-saving shift can move it.
 */
import { DateTime } from 'luxon';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

// Luxon in UTC: a civil date has no time of day, so no daylight-saving shift can move it.
const parse = (date: string) => DateTime.fromISO(date, { zone: 'utc' });
const format = (d: DateTime) => d.toISODate()!;

/** True for a real calendar date such as 2028-02-29 (and false for 2027-02-29). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && parse(text).isValid;
}

export function isIsoMonth(text: string): boolean {
  return ISO_MONTH.test(text);
}

export function addDays(date: string, days: number): string {
  return format(parse(date).plus({ days }));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return parse(date).weekday;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** First and last date of a month given as YYYY-MM. */
export function monthBounds(month: string): { from: string; to: string } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' });
  return { from: format(start), to: format(start.endOf('month')) };
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The distinct years a date range touches, in order. */
export function yearsBetween(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) years.push(y);
  return years;
}
