import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';

describe('fairness rules', () => {
  it('gives fewer sessions to those carrying a surplus', async () => {
    const p = tinyProblem({
      days: 4,
      people: [
        { id: 'A', fairness: { target: 2, carried: 1, weight: 5 } },
        { id: 'B', fairness: { target: 2, carried: -1, weight: 5 } },
      ],
    });
    const r = await solveCore(p);
    expect(r.objective).toBe(0);
    expect(r.assignments.filter((a) => a.personId === 'A')).toHaveLength(1);
    expect(r.assignments.filter((a) => a.personId === 'B')).toHaveLength(3);
  });

  it('penalises the deviation linearly', async () => {
    const p = tinyProblem({
      days: 3,
      people: [{ id: 'A', fairness: { target: 1, carried: 0, weight: 4 } }],
    });
    expect((await solveCore(p)).objective).toBe(8);
  });
});
