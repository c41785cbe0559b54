import { checkedResult } from './core.js';
import { tinyProblem } from './testing.js';
import { verify } from './verifier.js';

describe('checkedResult', () => {
  // Three sessions nobody sits, each priced at 100: the empty roster costs 300.
  const problem = tinyProblem({ days: 3, cover: { underWeight: 100 } });
  const objective = verify(problem, []).objective;
  const check = (claim: { objective?: number; bound?: number | null; proven?: boolean }) =>
    checkedResult(problem, 'highs', [], { proven: false, exact: false, ...claim }, 1);

  it('takes an objective or a bound off by float noise as the integer it is', () => {
    expect(objective).toBe(300);
    const r = check({ objective: objective - 1.000002e-6, bound: objective + 2e-6, proven: true });
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(300);
    expect(r.bound).toBe(300);
    // A bound is rounded up to the next integer, less the noise.
    expect(check({ objective, bound: 250.000001 }).bound).toBe(250);
    const open = check({ objective: objective + 3e-6, bound: 250.4 });
    expect(open.status).toBe('feasible');
    expect(open.objective).toBe(300);
    expect(open.bound).toBe(251);
    expect(open.gap).toBeCloseTo(49 / 300, 9);
  });

  it('withholds a roster whose objective was counted wrong, or that lies below its bound', () => {
    const under = check({ objective: objective - 1 });
    expect(under.status).toBe('error');
    expect(under.assignments).toEqual([]);
    expect(under.message).toMatch(/objective 299 differs from recomputed 300/);
    expect(check({ objective: objective + 1, proven: true }).status).toBe('error');
    const below = check({ objective, bound: objective + 1 });
    expect(below.status).toBe('error');
    expect(below.message).toMatch(/below its proven bound/);
  });
});
