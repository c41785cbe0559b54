import { mulberry32 } from './generator.js';
import { pickAround, type Neighbourhoods } from './neighbourhoods.js';

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

  it('frees a window of days for everyone around a session, sized by the days', () => {
    const hood = twoPeople();
    const random = mulberry32(5);
    for (let n = 0; n < 50; n++) {
      const { free, sized } = pickAround(hood, [{ day: 10, weight: 100 }], 1, 4, random);
      expect(sized).toBe('days');
      const cells = [...free.keys()].filter((i) => free[i]);
      const days = new Set(cells.map((i) => hood.day[i]));
      expect(new Set(cells.map((i) => hood.person[i])).size).toBe(2);
      expect(days.size).toBe(4);
      expect(days.has(10)).toBe(true);
      expect(Math.max(...days) - Math.min(...days)).toBe(3);
    }
  });
});
