import { addMonths, isMonth, today } from './dates.js';

/**
 * The month a page opens on: the one the clerk last looked at in this tab (the roster, the
 * 约访 list and a leader's days follow one another), else the month that holds today's and the
 * next sessions. sessionStorage: a new tab or tomorrow's visit starts from the present again.
 */
const KEY = 'roster.month';

export function rememberMonth(month: string): void {
  try {
    sessionStorage.setItem(KEY, month);
  } catch {
    // storage disabled: the pages still open on the current month
  }
}

function remembered(): string | null {
  try {
    const m = sessionStorage.getItem(KEY);
    return isMonth(m) ? m : null;
  } catch {
    return null;
  }
}

/**
 * Today's month while a weekday (a possible session) remains in it from today on; after the
 * month's last weekday, the next month, whose sessions come next.
 */
export function currentSessionMonth(now = today()): string {
  const month = now.slice(0, 7);
  const [y, m, d] = now.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  for (let day = d; day <= last; day++) {
    const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return month;
  }
  return addMonths(month, 1);
}

/** The month a page shows when its address names none. */
export function defaultMonth(): string {
  return remembered() ?? currentSessionMonth();
}

/** `requested` when it is a month (and then remembered), else the default month. */
export function pageMonth(requested: string | null): string {
  if (isMonth(requested)) {
    rememberMonth(requested);
    return requested;
  }
  return defaultMonth();
}
