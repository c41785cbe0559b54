/**
 * The month the browser flows plan, so that they never expire: the calendar month after the
 * month of tomorrow in China. Tomorrow is then always before the month's first day, which the
 * cases flow needs (a case due tomorrow must stay unmatched), and the month is never in the past.
 *
 * FLOW_MONTH=YYYY-MM plans another month instead, to try the flows on what a later month brings
 * (e.g. FLOW_MONTH=2027-01: a year the demo data has not confirmed). It must be after tomorrow's
 * month for the same reason.
 */
import chineseDays from 'chinese-days';
import { DateTime } from 'luxon';

const ZONE = 'Asia/Shanghai';

/** Tomorrow in China (YYYY-MM-DD): a case deadline before every session of the planned month. */
export const TOMORROW = DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!;

function plannedMonth(): DateTime {
  const earliest = DateTime.fromISO(TOMORROW, { zone: ZONE }).startOf('month').plus({ months: 1 });
  const override = process.env.FLOW_MONTH;
  if (!override) return earliest;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(override)) {
    throw new Error(`FLOW_MONTH=${override}: expected YYYY-MM`);
  }
  const month = DateTime.fromISO(`${override}-01`, { zone: ZONE });
  if (month < earliest) {
    throw new Error(`FLOW_MONTH=${override}: must not be before ${earliest.toFormat('yyyy-MM')}`);
  }
  return month;
}

const first = plannedMonth();

/** 'YYYY-MM', as the pages' ?month= and the API want it. */
export const MONTH = first.toFormat('yyyy-MM');
export const YEAR = first.year;
export const MONTH_NUMBER = first.month;
/** The last day of the month (YYYY-MM-DD): a case deadline every session of the month meets. */
export const LAST_DAY = first.endOf('month').toISODate()!;

/** 2026-12 → 2026年12月, as web/src/labels.ts monthName writes it (no leading zero). */
export const MONTH_LABEL = `${YEAR}年${MONTH_NUMBER}月`;

/** 2026-12-09 → 12月9日, as web/src/labels.ts shortDate writes it. */
export function dayLabel(date: string): string {
  const d = DateTime.fromISO(date);
  return `${d.month}月${d.day}日`;
}

/**
 * A day for the availability step: the second Wednesday, or the next ordinary working day after
 * it. The flow marks a leader unavailable there and checks the roster leaves them off that day,
 * which proves something only on a day with sessions, so holidays (e.g. 春节 or 国庆 can cover
 * the second week) and weekends are skipped. chinese-days treats a year it does not know as plain
 * Mon–Fri, which is also what the flow confirms for such a year (元旦 only, see holidays-steps.ts);
 * the flow checks the service's calendar agrees before relying on it.
 */
function availabilityDay(): string {
  const firstWednesday = first.plus({ days: (3 - first.weekday + 7) % 7 });
  for (
    let d = firstWednesday.plus({ weeks: 1 });
    d.month === first.month;
    d = d.plus({ days: 1 })
  ) {
    if (d.weekday <= 5 && chineseDays.isWorkday(d.toISODate()!)) return d.toISODate()!;
  }
  throw new Error(`no working day after the second Wednesday of ${MONTH}`);
}

export const AVAILABILITY_DAY = availabilityDay();
export const AVAILABILITY_DAY_LABEL = dayLabel(AVAILABILITY_DAY);
