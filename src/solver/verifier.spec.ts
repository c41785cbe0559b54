import { dateOf, tinyProblem } from './testing.js';
import { verify } from './verifier.js';

describe('verifier', () => {
  const p = tinyProblem({
    days: 3,
    shifts: [{ id: 'AM' }, { id: 'PM' }],
    people: [
      {
        id: 'A',
        unavailable: [{ date: dateOf(2) }],
        maxTotal: 2,
        requests: [{ date: dateOf(0), on: false, weight: 3 }],
      },
      {
        id: 'B',
        fairness: { target: 2, carried: 1, weight: 5 },
        windows: [{ days: 2, max: 1, weight: 7 }],
      },
    ],
    cover: { underWeight: 11 },
  });

  it('recomputes each penalty by rule and by person', () => {
    const v = verify(p, [
      { date: dateOf(0), shift: 'AM', personId: 'A' },
      { date: dateOf(0), shift: 'PM', personId: 'B' },
      { date: dateOf(1), shift: 'AM', personId: 'B' },
    ]);
    expect(v.hardViolations).toEqual([]);
    // 3 of 6 sessions missing, A's off request, B works 2 in a 2-day window, B 2 vs goal 1.
    expect(v.penaltyByRule).toEqual({
      cover: 33,
      request: 3,
      window: 7,
      fairness: 5,
    });
    expect(v.penaltyByPerson).toEqual({ A: 3, B: 12 });
    expect(v.objective).toBe(48);
  });

  it('places every soft breach, and the places add up to the objective', () => {
    const v = verify(p, [
      { date: dateOf(0), shift: 'AM', personId: 'A' },
      { date: dateOf(0), shift: 'PM', personId: 'B' },
      { date: dateOf(1), shift: 'AM', personId: 'B' },
    ]);
    expect(v.softViolations.reduce((sum, s) => sum + s.penalty, 0)).toBe(v.objective);
    expect(v.softViolations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'request',
          side: 'over',
          personId: 'A',
          date: dateOf(0),
          penalty: 3,
        }),
        expect.objectContaining({
          rule: 'window',
          personId: 'B',
          date: dateOf(1),
          shift: 'AM',
          penalty: 7,
        }),
        expect.objectContaining({
          rule: 'cover',
          side: 'under',
          date: dateOf(1),
          shift: 'PM',
          penalty: 11,
        }),
      ]),
    );
  });

  it('reports hard violations', () => {
    const v = verify(p, [
      { date: dateOf(2), shift: 'AM', personId: 'A' },
      { date: dateOf(2), shift: 'PM', personId: 'A' },
      { date: dateOf(1), shift: 'AM', personId: 'A' },
      { date: dateOf(1), shift: 'AM', personId: 'A' },
      { date: dateOf(1), shift: 'XX', personId: 'A' },
    ]);
    expect(v.hardViolations.map((h) => h.rule).sort()).toEqual(
      ['duplicate', 'maxPerDay', 'session', 'total', 'unavailable', 'unavailable'].sort(),
    );
  });

  it('reports missing pins and hard cover', () => {
    const q = tinyProblem({ days: 1, people: 2 });
    q.pins = [{ date: dateOf(0), shift: 'AM', personId: 'P1' }];
    const v = verify(q, [
      { date: dateOf(0), shift: 'AM', personId: 'P2' },
      { date: dateOf(0), shift: 'AM', personId: 'P1' },
    ]);
    expect(v.hardViolations.map((h) => h.rule)).toEqual(['cover']);
    expect(
      verify(q, [])
        .hardViolations.map((h) => h.rule)
        .sort(),
    ).toEqual(['cover', 'pin']);
  });
});
