/**
 * Loader for the Curtois & Qu shift scheduling benchmark text format (schedulingbenchmarks.org).
 * Everything in SECTION_STAFF, days off and forbidden successions is hard; requests and cover
 * are soft. Instances start on a Monday.
 */
import type { Cover, Person, Problem } from './problem.js';

export interface CurtoisInstance {
  horizon: number;
  shifts: { id: string; minutes: number; forbidden: string[] }[];
  staff: {
    id: string;
    maxShifts: Record<string, number>;
    maxMinutes: number;
    minMinutes: number;
    maxConsecutive: number;
    minConsecutive: number;
    minDaysOff: number;
    maxWeekends: number;
  }[];
  daysOff: { id: string; days: number[] }[];
  onRequests: { id: string; day: number; shift: string; weight: number }[];
  offRequests: { id: string; day: number; shift: string; weight: number }[];
  cover: { day: number; shift: string; required: number; under: number; over: number }[];
}

export function parseCurtois(text: string): CurtoisInstance {
  const sections = new Map<string, string[]>();
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('SECTION_')) {
      current = line;
      sections.set(current, []);
      continue;
    }
    sections.get(current)?.push(line);
  }
  const rows = (name: string) =>
    (sections.get(name) ?? []).map((l) => l.split(',').map((c) => c.trim()));
  const num = (s: string) => {
    const v = Number(s);
    if (!Number.isFinite(v)) throw new Error(`bad number ${s}`);
    return v;
  };
  return {
    horizon: num(rows('SECTION_HORIZON')[0][0]),
    shifts: rows('SECTION_SHIFTS').map(([id, minutes, forbidden]) => ({
      id,
      minutes: num(minutes),
      forbidden: (forbidden ?? '').split('|').filter(Boolean),
    })),
    staff: rows('SECTION_STAFF').map(
      ([id, maxShifts, maxMin, minMin, maxC, minC, minOff, maxW]) => ({
        id,
        maxShifts: Object.fromEntries(
          maxShifts
            .split('|')
            .filter(Boolean)
            .map((kv) => {
              const [k, v] = kv.split('=');
              return [k, num(v)];
            }),
        ),
        maxMinutes: num(maxMin),
        minMinutes: num(minMin),
        maxConsecutive: num(maxC),
        minConsecutive: num(minC),
        minDaysOff: num(minOff),
        maxWeekends: num(maxW),
      }),
    ),
    daysOff: rows('SECTION_DAYS_OFF').map(([id, ...days]) => ({
      id,
      days: days.filter(Boolean).map(num),
    })),
    onRequests: rows('SECTION_SHIFT_ON_REQUESTS').map(([id, day, shift, w]) => ({
      id,
      day: num(day),
      shift,
      weight: num(w),
    })),
    offRequests: rows('SECTION_SHIFT_OFF_REQUESTS').map(([id, day, shift, w]) => ({
      id,
      day: num(day),
      shift,
      weight: num(w),
    })),
    cover: rows('SECTION_COVER').map(([day, shift, req, under, over]) => ({
      day: num(day),
      shift,
      required: num(req),
      under: num(under),
      over: num(over),
    })),
  };
}

/** Converts to our Problem; dates start on Monday 2024-01-01 (the format has day indices only). */
export function curtoisToProblem(inst: CurtoisInstance, name = 'curtois'): Problem {
  const start = Date.parse('2024-01-01T00:00:00Z');
  const date = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  const days = Array.from({ length: inst.horizon }, (_, i) => ({
    date: date(i),
    weekend: i % 7 === 5 || i % 7 === 6,
    working: true,
  }));
  const coverByKey = new Map(inst.cover.map((c) => [`${c.day}|${c.shift}`, c]));
  const cover: Cover[] = [];
  for (let d = 0; d < inst.horizon; d++) {
    for (const s of inst.shifts) {
      const c = coverByKey.get(`${d}|${s.id}`);
      // A missing cover line means nobody is needed, but working there is allowed at no cost.
      cover.push({
        date: date(d),
        shift: s.id,
        required: c?.required ?? 0,
        underWeight: c?.under ?? 0,
        overWeight: c?.over ?? 0,
      });
    }
  }
  const people: Person[] = inst.staff.map((s) => ({
    id: s.id,
    maxPerShift: s.maxShifts,
    maxMinutes: s.maxMinutes,
    minMinutes: s.minMinutes,
    maxPerDay: 1,
    maxConsecutiveWorkDays: s.maxConsecutive,
    minConsecutiveWorkDays: s.minConsecutive,
    minConsecutiveDaysOff: s.minDaysOff,
    maxWeekends: s.maxWeekends,
    unavailable: (inst.daysOff.find((o) => o.id === s.id)?.days ?? []).map((d) => ({
      date: date(d),
    })),
    requests: [
      ...inst.onRequests
        .filter((r) => r.id === s.id)
        .map((r) => ({ date: date(r.day), shift: r.shift, on: true, weight: r.weight })),
      ...inst.offRequests
        .filter((r) => r.id === s.id)
        .map((r) => ({ date: date(r.day), shift: r.shift, on: false, weight: r.weight })),
    ],
  }));
  return {
    name,
    days,
    shiftTypes: inst.shifts.map((s) => ({
      id: s.id,
      minutes: s.minutes,
      forbiddenSuccessors: s.forbidden,
    })),
    cover,
    people,
    pins: [],
  };
}
