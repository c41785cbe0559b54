import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';

describe('cover rules', () => {
  it('hard cover assigns exactly the required number', async () => {
    const r = await solveCore(tinyProblem({ days: 2, people: 4, required: 3 }));
    expect(r.status).toBe('optimal');
    expect(r.assignments).toHaveLength(6);
  });

  it('soft under-cover costs its weight per missing person', async () => {
    const p = tinyProblem({ days: 2, people: 2, required: 3, cover: { underWeight: 7 } });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(14);
    expect(r.penaltyByRule.cover).toBe(14);
  });

  it('soft over-cover is used only when cheaper than the alternative', async () => {
    // Each person must work both days (min 2) but only 1 is required: one extra per day.
    const p = tinyProblem({
      days: 2,
      people: [
        { id: 'A', minTotal: 2 },
        { id: 'B', minTotal: 2 },
      ],
      required: 1,
      cover: { overWeight: 3 },
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(6);
  });

  it('hard cover with too few people is infeasible', async () => {
    const r = await solveCore(tinyProblem({ days: 1, people: 1, required: 2 }));
    expect(r.status).toBe('infeasible');
  });
});
