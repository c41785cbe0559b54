import { solveCore } from '../core.js';
import { checkRule, sitting, tinyProblem } from '../testing.js';
import { PrecheckContext } from './precheck-context.js';
import { totalRule } from './total.js';

describe('total rule (minTotal / maxTotal)', () => {
  it('model: respects hard max and min totals', async () => {
    const p = tinyProblem({
      days: 4,
      people: [
        { id: 'A', maxTotal: 1 },
        { id: 'B', minTotal: 3 },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.filter((a) => a.personId === 'A')).toHaveLength(1);
    expect(r.assignments.filter((a) => a.personId === 'B')).toHaveLength(3);
  });

  it('model: a soft max costs its weight per extra session', async () => {
    const p = tinyProblem({ days: 3, people: [{ id: 'A', maxTotal: 1, totalOverWeight: 4 }] });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(8);
    expect(r.penaltyByPerson.A).toBe(8);
  });

  it('check: a hard breach per side with the bound and the count, soft ones priced', () => {
    const p = tinyProblem({ days: 4, people: [{ id: 'A', minTotal: 2, maxTotal: 3 }] });
    expect(checkRule(totalRule, p, sitting('A', [0])).hardViolations).toEqual([
      expect.objectContaining({ rule: 'total', side: 'under', limit: 2, actual: 1 }),
    ]);
    expect(checkRule(totalRule, p, sitting('A', [0, 1, 2, 3])).hardViolations).toEqual([
      expect.objectContaining({ rule: 'total', side: 'over', limit: 3, actual: 4 }),
    ]);
    expect(checkRule(totalRule, p, sitting('A', [0, 2])).hardViolations).toEqual([]);
    p.people[0].totalUnderWeight = 7;
    expect(checkRule(totalRule, p, []).penaltyByRule).toEqual({ total: 14 });
  });

  it('pre-check: a hard minimum above what the person can sit at all', () => {
    const p = tinyProblem({ days: 2, people: [{ id: 'A', name: '甲', minTotal: 3 }] });
    expect(totalRule.precheck!(new PrecheckContext(p))).toEqual([
      expect.objectContaining({ code: 'TOTAL_MIN_QUOTA', required: 3, available: 2 }),
      expect.objectContaining({
        code: 'PERSON_MIN_UNREACHABLE',
        personId: 'A',
        available: 2,
        message: '甲 至少需排 3 次，但仅有 2 个可排班次',
      }),
    ]);
  });
});
