import ical, { ICalAlarmType, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { normalizeICalendar } from './ical-format.js';
import { vtimezone } from './vtimezone.js';

export interface FeedEvent {
  uid: string;
  sequence: number;
  /** Last change of the event, written in UTC as DTSTAMP and LAST-MODIFIED. */
  changedAt: Date;
  /** Civil date and HH:mm times in the feed's timezone. */
  date: string;
  start: string;
  end: string;
  /** A whole-day event (an on-call duty): the date only, start and end unused. */
  allDay?: boolean;
  summary: string;
  description: string;
  /** null: no place (an on-call duty is not held at a venue). */
  location: string | null;
  /** Local time of the day before at which a reminder pops up (HH:mm), or null for none. */
  alarmDayBefore: string | null;
  alarmText: string;
}

export interface FeedModel {
  name: string;
  description: string;
  timezone: string;
  /** Years the VTIMEZONE must cover. */
  fromYear: number;
  toYear: number;
  events: FeedEvent[];
}

/** TEXT values of calendar-level properties are written raw by the library: escape them here. */
const escapeText = (v: string) => v.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/**
 * Renders a feed. ical-generator 10 has four traps, each avoided here:
 *  1. a JS Date with an event timezone is printed in the process's timezone: times are passed as
 *     luxon DateTimes in the feed's zone, which it formats with setZone(), whatever TZ says;
 *  2. a calendar-level timezone name strips the Z from DTSTAMP/CREATED/LAST-MODIFIED: the calendar
 *     gets only a VTIMEZONE generator (name null), X-WR-TIMEZONE is written as an X- property and
 *     the zone is set on each event;
 *  3. some properties come after VTIMEZONE/VALARM, and 4. the final CRLF is missing:
 *     normalizeICalendar() reorders, refolds and terminates the text.
 * Output depends only on the model, so unchanged data gives byte-identical bodies.
 */
export function renderFeed(model: FeedModel): string {
  const zone = model.timezone;
  const calendar = ical({
    prodId: { company: 'qingrong', product: 'reception-roster', language: 'ZH' },
    name: escapeText(model.name),
    description: escapeText(model.description),
    ttl: 3600,
    timezone: {
      name: null,
      generator: (tz) => (tz === zone ? vtimezone(zone, model.fromYear, model.toYear) : null),
    },
    x: [{ key: 'X-WR-TIMEZONE', value: zone }],
  });
  for (const e of model.events) {
    const start = DateTime.fromISO(`${e.date}T${e.allDay ? '00:00' : e.start}`, { zone });
    const end = e.allDay
      ? start.plus({ days: 1 })
      : DateTime.fromISO(`${e.date}T${e.end}`, { zone });
    const changed = DateTime.fromJSDate(e.changedAt, { zone: 'utc' }).startOf('second');
    const alarms = [];
    if (e.alarmDayBefore) {
      const at = DateTime.fromISO(`${e.date}T${e.alarmDayBefore}`, { zone }).minus({ days: 1 });
      alarms.push({
        type: ICalAlarmType.display,
        triggerBefore: Math.round(start.diff(at, 'seconds').seconds),
        description: e.alarmText,
      });
    }
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: changed,
      lastModified: changed,
      start,
      end,
      ...(e.allDay ? { allDay: true } : { timezone: zone }),
      summary: e.summary,
      description: e.description,
      ...(e.location !== null ? { location: e.location } : {}),
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
      alarms,
    });
  }
  let text = calendar.toString();
  // RFC 5545 wants at least one component, and ical-generator writes the VTIMEZONE only for
  // events: an empty feed (a department with no invitations yet) gets it all the same.
  if (model.events.length === 0) {
    text = text.replace(
      /END:VCALENDAR\s*$/,
      `${vtimezone(zone, model.fromYear, model.toYear)}\r\nEND:VCALENDAR\r\n`,
    );
  }
  return normalizeICalendar(text);
}
