import { solveCore } from '../core.js';
import { checkRule, dateOf, sitting, tinyProblem } from '../testing.js';
import { fairnessRule } from './fairness.js';

describe('fairness over part of the horizon', () => {
  it('counts only sessions from..to (a fixed duty before from does not count)', () => {
    const p = tinyProblem({
      days: 4,
      people: [{ id: 'A', fairness: { target: 1, carried: 0, weight: 3, from: dateOf(1) } }],
    });
    p.cover = p.cover.slice(1);
    p.fixed = [{ date: dateOf(0), shift: 'AM', personId: 'A' }];
    expect(checkRule(fairnessRule, p, sitting('A', [1])).penaltyByRule).toEqual({});
    expect(checkRule(fairnessRule, p, sitting('A', [1, 2, 3])).penaltyByRule).toEqual({
      fairness: 6,
    });
  });
});

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
