import { solveCore } from '../core.js';
import { checkRule, dateOf, tinyProblem } from '../testing.js';
import { forbiddenSuccessionRule } from './forbidden-succession.js';

describe('forbiddenSuccession rule', () => {
  const shifts = [{ id: 'D' }, { id: 'N', forbiddenSuccessors: ['D'] }];

  it('model: a successor shift is not worked the next day', async () => {
    // A alone: N on day 0 and D on day 1 are both required, and D may not follow N.
    const p = tinyProblem({ days: 2, shifts, people: [{ id: 'A' }] });
    p.cover = [
      { date: p.days[0].date, shift: 'N', required: 1 },
      { date: p.days[1].date, shift: 'D', required: 1 },
    ];
    expect((await solveCore(p)).status).toBe('infeasible');
    p.cover[1].shift = 'N';
    expect((await solveCore(p)).status).toBe('optimal');
  });

  it('check: reports the first day and its shift, and only for the next day', () => {
    const p = tinyProblem({ days: 3, shifts, people: [{ id: 'A' }] });
    const nThenD = [
      { date: dateOf(0), shift: 'N', personId: 'A' },
      { date: dateOf(1), shift: 'D', personId: 'A' },
    ];
    expect(checkRule(forbiddenSuccessionRule, p, nThenD).hardViolations).toEqual([
      expect.objectContaining({ date: dateOf(0), shift: 'N', personId: 'A' }),
    ]);
    const gap = [nThenD[0], { date: dateOf(2), shift: 'D', personId: 'A' }];
    expect(checkRule(forbiddenSuccessionRule, p, gap).hardViolations).toEqual([]);
  });
});
