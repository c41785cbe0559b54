import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';
import { verify } from '../verifier.js';

const onDays = (p: ReturnType<typeof tinyProblem>, id: string, days: number[]) =>
  days.map((d) => ({ date: p.days[d].date, shift: 'AM', personId: id }));

describe('sequence rules', () => {
  it('max consecutive work days is enforced', async () => {
    const p = tinyProblem({
      days: 5,
      cover: { underWeight: 10 },
      people: [{ id: 'A', maxConsecutiveWorkDays: 2 }],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    // Best: work 4 of 5 days with no 3 in a row (x x . x x): one missing day.
    expect(r.objective).toBe(10);
  });

  it('min consecutive work days: interior short runs are violations, boundary runs are not', () => {
    const p = tinyProblem({
      days: 6,
      people: [{ id: 'A', minConsecutiveWorkDays: 2 }],
      cover: { underWeight: 0 },
    });
    expect(verify(p, onDays(p, 'A', [0, 3, 4])).hardViolations).toHaveLength(0);
    expect(verify(p, onDays(p, 'A', [2, 5])).hardViolations).toHaveLength(1);
  });

  it('solver avoids isolated working days when min consecutive is 2', async () => {
    const p = tinyProblem({
      days: 5,
      people: [{ id: 'A', minConsecutiveWorkDays: 2 }],
      cover: { underWeight: 1, overWeight: 0 },
      required: 1,
    });
    p.people[0].requests = [{ date: p.days[2].date, on: true, weight: 5 }];
    p.people[0].maxTotal = 1;
    p.people[0].totalOverWeight = 1;
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(verify(p, r.assignments).hardViolations).toHaveLength(0);
    expect(r.assignments.length).not.toBe(1);
  });

  it('min consecutive days off and soft sequence weight', async () => {
    const p = tinyProblem({
      days: 5,
      people: [{ id: 'A', minConsecutiveDaysOff: 2, sequenceWeight: 4 }],
      cover: { underWeight: 3 },
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    // Working all days costs 0; any single interior day off would cost 3 + 4.
    expect(r.objective).toBe(0);
    expect(verify(p, onDays(p, 'A', [0, 2, 3, 4])).penaltyByRule.minDaysOff).toBe(4);
  });
});

describe('hard sequence rules (run automaton)', () => {
  it('accepts exactly the day patterns the verifier accepts', async () => {
    // Every on/off pattern of 7 days is forced through pins and unavailability; the model must
    // be feasible exactly when the verifier finds no hard violation (boundary runs exempt).
    const n = 7;
    const base = tinyProblem({
      days: n,
      cover: { required: 0, overWeight: 0 },
      people: [
        {
          id: 'A',
          maxConsecutiveWorkDays: 3,
          minConsecutiveWorkDays: 2,
          minConsecutiveDaysOff: 2,
        },
      ],
    });
    let feasible = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      const on = [...Array(n).keys()].filter((d) => mask & (1 << d));
      const p = {
        ...base,
        people: [
          {
            ...base.people[0],
            unavailable: [...Array(n).keys()]
              .filter((d) => !(mask & (1 << d)))
              .map((d) => ({ date: base.days[d].date })),
          },
        ],
        pins: onDays(base, 'A', on),
      };
      const expected = verify(p, onDays(p, 'A', on)).hardViolations.length === 0;
      const r = await solveCore(p, { elasticTimeLimitSeconds: 1 });
      expect([mask, r.status]).toEqual([mask, expected ? 'optimal' : 'infeasible']);
      if (expected) feasible++;
    }
    expect(feasible).toBeGreaterThan(10);
  });
});
