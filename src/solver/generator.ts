/**
 * Seeded generator of reception months (normal and special-protection), used by the benchmark
 * and by tests. Deterministic for a given seed.
 */
import type { Cover, Person, Problem } from './problem.js';

export interface MonthSpec {
  kind: 'normal' | 'special';
  leaders: number;
  seed: number;
  /** First day of the month, default 2026-03-01 (22 working days). */
  start?: string;
  /** Share of working days a leader is unavailable (default 0.15). */
  unavailableShare?: number;
}

export const POOLS = ['党政', '人大', '政协'] as const;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function monthDays(start: string): { date: string; weekend: boolean; weekday: number }[] {
  const first = new Date(start + 'T00:00:00Z');
  const out: { date: string; weekend: boolean; weekday: number }[] = [];
  for (
    let d = new Date(first);
    d.getUTCMonth() === first.getUTCMonth();
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const weekday = d.getUTCDay();
    out.push({
      date: d.toISOString().slice(0, 10),
      weekend: weekday === 0 || weekday === 6,
      weekday,
    });
  }
  return out;
}

export function generateMonth(spec: MonthSpec): Problem {
  const rnd = mulberry32(spec.seed * 7919 + spec.leaders);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const special = spec.kind === 'special';
  const cal = monthDays(spec.start ?? '2026-03-01');
  const days = cal.map((d) => ({ date: d.date, weekend: d.weekend, working: !d.weekend }));
  const shiftTypes = [
    { id: 'AM', name: '上午', minutes: 180, start: '08:30' },
    { id: 'PM', name: '下午', minutes: 180, start: '14:30' },
  ];
  const perSession = special ? 2 : 1;
  const cover: Cover[] = [];
  for (const d of cal) {
    if (!special && d.weekend) continue;
    for (const s of shiftTypes) {
      const c: Cover = { date: d.date, shift: s.id, required: perSession };
      // Monday mornings are reserved for the 党政 pool in normal months (exercises eligibility).
      if (!special && d.weekday === 1 && s.id === 'AM') c.pools = ['党政'];
      cover.push(c);
    }
  }
  const seats = cover.reduce((a, c) => a + c.required, 0);
  const n = spec.leaders;
  let minTotal: number;
  let maxTotal: number;
  if (!special && n * 2 >= seats && n <= seats) [minTotal, maxTotal] = [1, 2];
  else if (n > seats) [minTotal, maxTotal] = [0, 1];
  else if (n * 2 >= seats) [minTotal, maxTotal] = [0, 2];
  else [minTotal, maxTotal] = [Math.max(0, Math.floor(seats / n) - 1), Math.ceil(seats / n) + 1];
  const target = Math.round(seats / n);
  const workingIdx = cal.map((d, i) => (special || !d.weekend ? i : -1)).filter((i) => i >= 0);
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    // Guarantee each pool has members; the first third is 党政 so Monday mornings stay coverable.
    const pool = i % 3 === 0 ? '党政' : pick(POOLS);
    const unavailable = workingIdx
      .filter(() => rnd() < (spec.unavailableShare ?? 0.15))
      .map((d) =>
        rnd() < 0.8 ? { date: cal[d].date } : { date: cal[d].date, shift: pick(['AM', 'PM']) },
      );
    const requests = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => {
      const on = rnd() < 0.5;
      return { date: cal[pick(workingIdx)].date, on, weight: on ? 2 : 3 };
    });
    people.push({
      id: `L${String(i + 1).padStart(3, '0')}`,
      name: `领导${i + 1}`,
      pools: [pool],
      minTotal,
      maxTotal,
      maxPerDay: 1,
      windows: special
        ? [{ days: 7, max: Math.max(1, Math.ceil((seats / n) * (7 / cal.length))), weight: 10 }]
        : [{ days: 5, max: 1, workingDaysOnly: true, weight: 10 }],
      unavailable,
      requests,
      fairness: { target, carried: Math.floor(rnd() * 3) - 1, weight: 5 },
    });
  }
  return {
    name: `${spec.kind}-${n}-seed${spec.seed}`,
    days,
    shiftTypes,
    cover,
    people,
    pins: [],
  };
}
