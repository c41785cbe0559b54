/**
 * Neighbourhoods of the search: which assignment columns a sub-problem frees (a window of days,
 * two windows of days apart, a group of people, a block of both, or the surroundings of a place
 * where the roster pays).
 */
import type { BuiltModel } from './model/build.js';

export const KINDS = ['days', 'hot', 'pair', 'hot', 'people', 'hot', 'block', 'hot'] as const;
export type Kind = (typeof KINDS)[number];

/** A place where the incumbent pays: a person, a day, or a person on a day (hood indices). */
export interface Spot {
  person?: number;
  day?: number;
  /** What the roster pays there; a spot is chosen in proportion to it (1 when absent). */
  weight?: number;
}

/** Assignment columns with their person and day, columns increasing (HiGHS's set order). */
export interface Neighbourhoods {
  cols: Int32Array;
  person: Int32Array;
  day: Int32Array;
  people: number;
  days: number;
  personIndex: Map<string, number>;
  dayIndex: Map<string, number>;
}

export function neighbourhoodsOf(built: BuiltModel): Neighbourhoods {
  const sorted = [...built.assignmentCols].sort((a, b) => a.col - b.col);
  const people = new Map<string, number>();
  const days = new Map<string, number>();
  for (const d of [...new Set(sorted.map((a) => a.date))].sort()) days.set(d, days.size);
  for (const a of sorted) if (!people.has(a.personId)) people.set(a.personId, people.size);
  return {
    cols: Int32Array.from(sorted, (a) => a.col),
    person: Int32Array.from(sorted, (a) => people.get(a.personId)!),
    day: Int32Array.from(sorted, (a) => days.get(a.date)!),
    people: people.size,
    days: days.size,
    personIndex: people,
    dayIndex: days,
  };
}

export function spotOf(hood: Neighbourhoods, at: { personId?: string; date?: string }): Spot {
  return {
    person: at.personId === undefined ? undefined : hood.personIndex.get(at.personId),
    day: at.date === undefined ? undefined : hood.dayIndex.get(at.date),
  };
}

/** The width of each of two windows apart that free about `size` days in all. */
const pairWidth = (days: number, size: number) =>
  Math.max(1, Math.min(Math.floor(days / 2) - 1, Math.ceil(size / 2)));

/** The columns of two windows of `width` days, from day `a` and from day `b`, for everyone. */
function twoWindows(hood: Neighbourhoods, a: number, b: number, width: number): Uint8Array {
  return Uint8Array.from(
    hood.day,
    (day) => +((day >= a && day < a + width) || (day >= b && day < b + width)),
  );
}

/** A spot chosen in proportion to its weight. */
function weighted(spots: Spot[], random: () => number): Spot {
  let left = random() * spots.reduce((sum, s) => sum + (s.weight ?? 1), 0);
  for (const s of spots) if ((left -= s.weight ?? 1) < 0) return s;
  return spots[spots.length - 1];
}

/**
 * Columns around a spot: a window of `days` around its day for everyone when the spot has no
 * person, or half the time two windows of half that, one around its day and one anywhere clear of
 * it (sized 'days'); or its person with others, `people` in all, over a window around its
 * day, the whole horizon without one (sized 'people'). The group is filled with the people of
 * other spots first, then at random. `sized` names the size the neighbourhood took, for the
 * search to adapt.
 */
export function pickAround(
  hood: Neighbourhoods,
  spots: Spot[],
  people: number,
  days: number,
  random: () => number,
): { free: Uint8Array; sized: 'days' | 'people' } {
  const spot = weighted(spots, random);
  if (spot.person === undefined && spot.day !== undefined && random() < 0.5) {
    // Half the time two windows for everyone, one around the day and one elsewhere: a session
    // short of cover is often filled by someone who gives up a distant one (a weekend taken here
    // for one given up there, when everyone's weekends are capped). Curtois 5-8 at 60 s, 16 seeds
    // side by side: medians 1156.5 against 1236.5 (5) and 1534.5 against 1555 (8), runs within
    // 1 % 4, 4 and 5 of 16 against 2, 2 and 3 (5, 6, 7).
    const width = pairWidth(hood.days, days);
    const a = Math.max(0, Math.min(hood.days - width, spot.day - Math.floor(random() * width)));
    // Starts of a window clear of the first, on either side.
    const before = Math.max(0, a - width + 1);
    const after = Math.max(0, hood.days - width - (a + width) + 1);
    const k = before + after === 0 ? -1 : Math.floor(random() * (before + after));
    const b = k < 0 ? a : k < before ? k : a + width + (k - before);
    return { free: twoWindows(hood, a, b, width), sized: 'days' };
  }
  const free = new Uint8Array(hood.cols.length);
  let first = 0;
  let last = hood.days - 1;
  if (spot.day !== undefined) {
    const width = spot.person === undefined ? days : Math.max(days, Math.ceil(hood.days / 2));
    first = Math.max(0, Math.min(hood.days - width, spot.day - Math.floor(random() * width)));
    last = first + width - 1;
  }
  const chosen = new Set<number>();
  if (spot.person !== undefined) {
    const group = Math.min(hood.people, people);
    chosen.add(spot.person);
    const others = [...new Set(spots.map((s) => s.person))].filter((p) => p !== undefined);
    for (let i = others.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [others[i], others[j]] = [others[j], others[i]];
    }
    for (const p of others) if (chosen.size < group) chosen.add(p);
    while (chosen.size < group) chosen.add(Math.floor(random() * hood.people));
  }
  for (let i = 0; i < free.length; i++)
    free[i] = +(
      (spot.person === undefined || chosen.has(hood.person[i])) &&
      hood.day[i] >= first &&
      hood.day[i] <= last
    );
  return { free, sized: spot.person === undefined ? 'days' : 'people' };
}

/** The assignment columns a neighbourhood frees (`size`: days, or people, as the kind counts). */
export function pick(
  hood: Neighbourhoods,
  kind: Exclude<Kind, 'hot'>,
  size: number,
  random: () => number,
): Uint8Array {
  if (kind === 'pair') {
    // Two windows of days apart, for everyone: work can move between distant days (a weekend
    // off for one person traded against another's weeks later), which no one window reaches
    // unless it spans both.
    const width = pairWidth(hood.days, size);
    // The earlier window, then the later one at least a day clear of it (or the same, on a
    // horizon too short for two).
    const a = Math.floor(random() * Math.max(1, hood.days - 2 * width));
    const after = a + width + 1;
    const b =
      after + width <= hood.days
        ? after + Math.floor(random() * (hood.days - width - after + 1))
        : a;
    return twoWindows(hood, a, b, width);
  }
  const free = new Uint8Array(hood.cols.length);
  if (kind === 'block') {
    // Half the horizon for a group of people.
    const width = Math.max(1, Math.ceil(hood.days / 2));
    const first = Math.floor(random() * (hood.days - width + 1));
    const chosen = new Set<number>();
    while (chosen.size < Math.min(hood.people, size))
      chosen.add(Math.floor(random() * hood.people));
    for (let i = 0; i < free.length; i++)
      free[i] = +(
        chosen.has(hood.person[i]) &&
        hood.day[i] >= first &&
        hood.day[i] < first + width
      );
  } else if (kind === 'days') {
    const width = Math.min(hood.days, size);
    const first = Math.floor(random() * (hood.days - width + 1));
    for (let i = 0; i < free.length; i++)
      free[i] = +(hood.day[i] >= first && hood.day[i] < first + width);
  } else {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(hood.people, size))
      chosen.add(Math.floor(random() * hood.people));
    for (let i = 0; i < free.length; i++) free[i] = +chosen.has(hood.person[i]);
  }
  return free;
}
