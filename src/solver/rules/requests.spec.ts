import { solveCore } from '../core.js';
import { dateOf, tinyProblem } from '../testing.js';

describe('request rules', () => {
  it('grants preferred and avoided days when possible', async () => {
    const p = tinyProblem({
      days: 2,
      people: [
        { id: 'A', requests: [{ date: dateOf(0), on: false, weight: 3 }] },
        { id: 'B', requests: [{ date: dateOf(1), on: false, weight: 3 }] },
      ],
    });
    const r = await solveCore(p);
    expect(r.objective).toBe(0);
    expect(r.assignments.find((a) => a.date === dateOf(0))?.personId).toBe('B');
  });

  it('pays the cheaper of two conflicting wishes', async () => {
    const p = tinyProblem({
      days: 1,
      people: [
        { id: 'A', requests: [{ date: dateOf(0), shift: 'AM', on: true, weight: 2 }] },
        { id: 'B', requests: [{ date: dateOf(0), on: true, weight: 5 }] },
      ],
    });
    const r = await solveCore(p);
    expect(r.objective).toBe(2);
    expect(r.penaltyByRule.request).toBe(2);
    expect(r.assignments[0].personId).toBe('B');
  });
});
