import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { NotificationRef } from './notification.entity.js';
import { CHINA_ZONE, chinaTime } from '../common/clock.js';
import { SESSION_LABEL } from './times.js';

/** The duty as an iCalendar event (same UID across versions, SEQUENCE = the duty's changes). */
export function dutyIcs(ref: NotificationRef, unitName: string): string | null {
  if (!ref.date || !ref.session || !ref.start || !ref.end || !ref.leaderId) return null;
  const cal = ical({ name: `${unitName}领导接访`, method: ICalCalendarMethod.PUBLISH });
  const id = `duty-${ref.date}-${ref.session}-${ref.leaderId}@reception-roster`;
  if (ref.session === 'CALL') {
    // On call the whole day: an all-day event of the civil date.
    const day = DateTime.fromISO(ref.date, { zone: CHINA_ZONE });
    cal.createEvent({
      id,
      start: day,
      end: day.plus({ days: 1 }),
      allDay: true,
      summary: '领导24小时在岗值班',
      sequence: ref.sequence ?? 0,
    });
    return cal.toString();
  }
  cal.createEvent({
    id,
    start: chinaTime(ref.date, ref.start),
    end: chinaTime(ref.date, ref.end),
    summary: `领导接访（${SESSION_LABEL[ref.session]}）`,
    location: ref.venue ?? '',
    sequence: ref.sequence ?? 0,
  });
  return cal.toString();
}
