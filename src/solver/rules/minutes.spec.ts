import { solveCore } from '../core.js';
import { checkRule, sitting, tinyProblem } from '../testing.js';
import { minutesRule } from './minutes.js';

describe('minutes rule (minMinutes / maxMinutes)', () => {
  it('model: caps the minutes a person works', async () => {
    const p = tinyProblem({ days: 3, people: [{ id: 'A', maxMinutes: 360 }, { id: 'B' }] });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.filter((x) => x.personId === 'A').length).toBeLessThanOrEqual(2);
  });

  it('model: min minutes above what is possible is infeasible', async () => {
    const p = tinyProblem({ days: 2, people: [{ id: 'A', minMinutes: 400 }, { id: 'B' }] });
    expect((await solveCore(p)).status).toBe('infeasible');
  });

  it('check: counts the minutes of the shifts sat', () => {
    const p = tinyProblem({ days: 3, people: [{ id: 'A', minMinutes: 300, maxMinutes: 400 }] });
    expect(checkRule(minutesRule, p, sitting('A', [0])).hardViolations).toEqual([
      expect.objectContaining({ side: 'under', limit: 300, actual: 180 }),
    ]);
    expect(checkRule(minutesRule, p, sitting('A', [0, 1, 2])).hardViolations).toEqual([
      expect.objectContaining({ side: 'over', limit: 400, actual: 540 }),
    ]);
    expect(checkRule(minutesRule, p, sitting('A', [0, 1])).hardViolations).toEqual([]);
  });
});
