/** Civil dates as 'YYYY-MM-DD' strings and months as 'YYYY-MM', computed in UTC to avoid DST. */

export function daysInMonth(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month after today's in China: the one the office is usually preparing. */
export function nextMonth(): string {
  return addMonths(thisMonth(), 1);
}

/**
 * Today's month and year in China (UTC+8, no daylight saving), whatever zone the browser is set
 * to: the office works on Beijing dates, and a laptop set to another zone must not shift them.
 */
export function thisMonth(): string {
  return today().slice(0, 7);
}

export function thisYear(): number {
  return Number(today().slice(0, 4));
}

export function isMonth(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** An instant (default: now) as China's wall-clock time 'YYYY-MM-DDTHH:mm' (UTC+8, no DST). */
export function chinaTime(at = Date.now()): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 16);
}

/** Today's date in China (UTC+8). */
export function today(): string {
  return chinaTime().slice(0, 10);
}
