import type { DutyCode } from '../calendar/index.js';
import { sessionHours, type Unit } from '../org/index.js';
import { chinaTime } from '../common/clock.js';

/**
 * When a duty begins: a reception session at its start time, the on-call duty at midnight, in the
 * unit's hours in China. From that instant the duty is history: planning no longer changes it.
 */
export function dutyStart(
  unit: Pick<Unit, 'sessionTemplates'>,
  date: string,
  code: DutyCode,
): Date {
  const start = code === 'CALL' ? '00:00' : sessionHours(unit, code).start;
  return chinaTime(date, start);
}

/** Tells, for a fixed "now", whether a duty has begun. */
export function begunAt(
  unit: Pick<Unit, 'sessionTemplates'>,
  now: Date,
): (date: string, code: DutyCode) => boolean {
  const cache = new Map<string, boolean>();
  return (date, code) => {
    const key = `${date}|${code}`;
    let begun = cache.get(key);
    if (begun === undefined) {
      begun = dutyStart(unit, date, code).getTime() <= now.getTime();
      cache.set(key, begun);
    }
    return begun;
  };
}
