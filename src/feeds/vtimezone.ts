import { DateTime } from 'luxon';

const HOUR = 3600_000;

/** '+0800' from minutes east of UTC. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

const offsetAt = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

/** First instant (to the minute) after `lo` where the zone's offset differs from the one at `lo`. */
function transitionBetween(zone: string, lo: number, hi: number): number {
  const before = offsetAt(zone, lo);
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * A VTIMEZONE for an IANA zone, valid over [fromYear, toYear]: one observance per actual offset
 * change found in the tz database (no RRULE), so it is exact for the years a feed covers. Asia/
 * Shanghai has had no change since 1991 and yields a single STANDARD observance.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = DateTime.fromObject(
    { year: fromYear, month: 1, day: 1 },
    { zone: 'utc' },
  ).toMillis();
  const end = DateTime.fromObject(
    { year: toYear + 1, month: 1, day: 1 },
    { zone: 'utc' },
  ).toMillis();
  const initial = offsetAt(zone, start);
  const observances: Array<{ at: number; from: number; to: number }> = [];
  let previous = initial;
  for (let t = start; t < end; t += 6 * HOUR) {
    const next = Math.min(t + 6 * HOUR, end);
    if (offsetAt(zone, next) !== previous) {
      const at = transitionBetween(zone, t, next);
      const to = offsetAt(zone, at);
      observances.push({ at, from: previous, to });
      previous = to;
    }
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const pushObservance = (at: number, from: number, to: number, daylight: boolean) => {
    const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${DateTime.fromMillis(at, { zone: 'utc' }).plus({ minutes: from }).toFormat("yyyyLLdd'T'HHmmss")}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  };
  // The offset in force at the start of the range, as an observance that begins then.
  const standardOffset = Math.min(initial, ...observances.map((o) => o.to));
  pushObservance(start, initial, initial, initial > standardOffset);
  for (const o of observances) pushObservance(o.at, o.from, o.to, o.to > standardOffset);
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
