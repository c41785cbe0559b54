import { solveCore } from '../core.js';
import { diagnose } from '../diagnosis.js';
import { checkRule, dateOf, sitting, tinyProblem } from '../testing.js';
import { mustSitRule } from './must-sit.js';

describe('mustSit rule', () => {
  it('model: a hard must-sit places the person on that day against a preference', async () => {
    const p = tinyProblem({
      days: 3,
      people: [
        {
          id: 'A',
          maxTotal: 1,
          mustSit: [{ date: dateOf(2) }],
          requests: [{ date: dateOf(0), on: true, weight: 5 }],
        },
        { id: 'B' },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.filter((a) => a.personId === 'A')).toEqual(sitting('A', [2]));
    expect(r.objective).toBe(5);
  });

  it('model: a soft must-sit gives way to unavailability at its price', async () => {
    const p = tinyProblem({
      days: 2,
      people: [
        { id: 'A', unavailable: [{ date: dateOf(1) }], mustSit: [{ date: dateOf(1), weight: 40 }] },
        { id: 'B' },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(40);
  });

  it('check: names the day and the reason when not sat', () => {
    const p = tinyProblem({
      days: 2,
      people: [{ id: 'A', mustSit: [{ date: dateOf(1), name: '特护期首日由主要领导坐班' }] }],
    });
    expect(checkRule(mustSitRule, p, sitting('A', [0])).hardViolations).toEqual([
      expect.objectContaining({ date: dateOf(1), subject: '特护期首日由主要领导坐班' }),
    ]);
    expect(checkRule(mustSitRule, p, sitting('A', [1])).hardViolations).toEqual([]);
  });

  it('pre-check: a hard must-sit on a day the person cannot sit', () => {
    const p = tinyProblem({
      days: 2,
      people: [
        { id: 'A', name: '甲', unavailable: [{ date: dateOf(1) }], mustSit: [{ date: dateOf(1) }] },
        { id: 'B' },
      ],
    });
    expect(diagnose(p)).toEqual([
      expect.objectContaining({ code: 'MUST_SIT_IMPOSSIBLE', personId: 'A', date: dateOf(1) }),
    ]);
  });
});
