import { mulberry32 } from './generator.js';
import { pick, pickAround, type Neighbourhoods } from './neighbourhoods.js';

/** Two people over 28 days, one column each per day. */
function twoPeople(): Neighbourhoods {
  const cells = Array.from({ length: 56 }, (_, i) => ({ person: i % 2, day: Math.floor(i / 2) }));
  return {
    cols: Int32Array.from(cells, (_, i) => i),
    person: Int32Array.from(cells, (c) => c.person),
    day: Int32Array.from(cells, (c) => c.day),
    people: 2,
    days: 28,
    personIndex: new Map([
      ['a', 0],
      ['b', 1],
    ]),
    dayIndex: new Map(),
  };
}

describe('pickAround', () => {
  it('frees around a spot in proportion to what the roster pays there', () => {
    const hood = twoPeople();
    const random = mulberry32(3);
    // A session short of cover (100) for person 0, a missed request (1) for person 1.
    const spots = [
      { person: 0, day: 3, weight: 100 },
      { person: 1, day: 20, weight: 1 },
    ];
    let first = 0;
    for (let n = 0; n < 200; n++) {
      const { free, sized } = pickAround(hood, spots, 1, 4, random);
      expect(sized).toBe('people');
      const people = new Set([...free.keys()].filter((i) => free[i]).map((i) => hood.person[i]));
      expect(people.size).toBe(1);
      if (people.has(0)) first++;
    }
    // 198 expected; an even choice would give about 100.
    expect(first).toBeGreaterThan(185);
    expect(first).toBeLessThan(200);
  });

  it('frees days for everyone around a session short of cover: one window of the size, or half the time two of half the size, one around the day and one elsewhere', () => {
    const hood = twoPeople();
    const random = mulberry32(5);
    let one = 0;
    const elsewhere = new Set<'before' | 'after'>();
    for (let n = 0; n < 100; n++) {
      const { free, sized } = pickAround(hood, [{ day: 10, weight: 100 }], 1, 4, random);
      expect(sized).toBe('days');
      const cells = [...free.keys()].filter((i) => free[i]);
      expect(new Set(cells.map((i) => hood.person[i])).size).toBe(2);
      const days = [...new Set(cells.map((i) => hood.day[i]))].sort((a, b) => a - b);
      expect(days).toHaveLength(4);
      expect(days).toContain(10);
      // Runs of consecutive days: one of 4, or two of 2 (side by side, they make one of 4).
      const runs = days.filter((d, k) => k === 0 || days[k - 1] !== d - 1).length;
      if (runs === 1) {
        one++;
        continue;
      }
      expect(runs).toBe(2);
      expect(days[1] - days[0]).toBe(1);
      expect(days[3] - days[2]).toBe(1);
      // The other window is after the day's when the day is in the first.
      elsewhere.add(days[0] === 10 || days[1] === 10 ? 'after' : 'before');
    }
    expect(one).toBeGreaterThan(30);
    expect(one).toBeLessThan(80);
    expect([...elsewhere].sort()).toEqual(['after', 'before']);
  });
});

describe('pick', () => {
  it('frees two windows of days apart for everyone, anywhere in the horizon', () => {
    const hood = twoPeople();
    const random = mulberry32(7);
    const seen = new Set<number>();
    for (let n = 0; n < 200; n++) {
      const free = pick(hood, 'pair', 8, random);
      const cells = [...free.keys()].filter((i) => free[i]);
      const days = [...new Set(cells.map((i) => hood.day[i]))].sort((a, b) => a - b);
      // Both people on every freed day.
      expect(cells).toHaveLength(days.length * 2);
      expect(days).toHaveLength(8);
      // Two runs of four days with at least one held day between them.
      const breaks = days.slice(1).filter((d, i) => d - days[i] > 1);
      expect(breaks).toHaveLength(1);
      const cut = days.findIndex((d, i) => i > 0 && d - days[i - 1] > 1);
      expect(cut).toBe(4);
      for (const d of days) seen.add(d);
    }
    // First and last days of the horizon are both reached.
    expect(seen.has(0)).toBe(true);
    expect(seen.has(27)).toBe(true);
  });

  it('keeps the two windows apart even when they must fill most of the horizon', () => {
    const hood = twoPeople();
    const random = mulberry32(9);
    for (let n = 0; n < 50; n++) {
      const free = pick(hood, 'pair', 40, random);
      const days = [
        ...new Set([...free.keys()].filter((i) => free[i]).map((i) => hood.day[i])),
      ].sort((a, b) => a - b);
      // Each window is capped at 13 days (half the horizon less one), so a day stays held between.
      expect(days).toHaveLength(26);
      expect(days.slice(1).filter((d, i) => d - days[i] > 1)).toHaveLength(1);
    }
  });
});
