import { DateTime } from 'luxon';
import { CHINA_ZONE } from '../common/clock.js';
import type { QuietHours } from './notify.types.js';

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * Moves an instant out of the quiet hours to their end (the same night's end when the window
 * wraps midnight). start === end means no quiet hours.
 */
export function outsideQuietHours(at: Date, quiet: QuietHours | null): Date {
  if (!quiet || quiet.start === quiet.end) return at;
  const local = DateTime.fromJSDate(at, { zone: CHINA_ZONE });
  const now = local.hour * 60 + local.minute;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const wraps = start > end;
  const inside = wraps ? now >= start || now < end : now >= start && now < end;
  if (!inside) return at;
  const endToday = local.set({
    hour: Math.floor(end / 60),
    minute: end % 60,
    second: 0,
    millisecond: 0,
  });
  // Late evening of a wrapping window: the quiet ends tomorrow morning.
  const target = wraps && now >= start ? endToday.plus({ days: 1 }) : endToday;
  return target.toJSDate();
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** 3月6日（星期五） */
export function chineseDate(date: string): string {
  const d = DateTime.fromISO(date);
  return `${d.month}月${d.day}日（星期${WEEKDAYS[d.weekday - 1]}）`;
}

export const SESSION_LABEL = { AM: '上午', PM: '下午' } as const;
