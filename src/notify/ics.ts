import ical, { ICalCalendarMethod } from 'ical-generator';
import type { NotificationRef } from './notification.entity.js';
import { atLocal, SESSION_LABEL } from './times.js';

/** The duty as an iCalendar event (same UID across versions, SEQUENCE = the duty's changes). */
export function dutyIcs(ref: NotificationRef, unitName: string, zone: string): string | null {
  if (!ref.date || !ref.session || !ref.start || !ref.end || !ref.leaderId) return null;
  const cal = ical({ name: `${unitName}领导接访`, method: ICalCalendarMethod.PUBLISH });
  cal.createEvent({
    id: `duty-${ref.date}-${ref.session}-${ref.leaderId}@reception-roster`,
    start: atLocal(ref.date, ref.start, zone),
    end: atLocal(ref.date, ref.end, zone),
    summary: `领导接访（${SESSION_LABEL[ref.session]}）`,
    location: ref.venue ?? '',
    sequence: ref.sequence ?? 0,
  });
  return cal.toString();
}
