import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';
import { windowDayRuns } from './windows.js';

describe('sliding window rules', () => {
  it('computes working-day windows across weekends', () => {
    // Thu Fri Sat Sun Mon Tue
    const working = [true, true, false, false, true, true];
    expect(windowDayRuns(working, 3, true)).toEqual([
      [0, 1, 4],
      [1, 4, 5],
    ]);
    expect(windowDayRuns(working, 10, false)).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('hard window spreads sessions apart', async () => {
    // Two people, 4 days, at most 1 session in any 2 days: they must alternate.
    const p = tinyProblem({
      days: 4,
      people: [
        { id: 'A', windows: [{ days: 2, max: 1 }] },
        { id: 'B', windows: [{ days: 2, max: 1 }] },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const a = r.assignments.filter((x) => x.personId === 'A').map((x) => x.date);
    expect(a).toHaveLength(2);
    expect(Math.abs(Date.parse(a[1]) - Date.parse(a[0]))).toBe(2 * 86_400_000);
  });

  it('soft window costs weight per session over the max', async () => {
    const p = tinyProblem({
      days: 3,
      people: [{ id: 'A', windows: [{ days: 3, max: 1, weight: 5 }] }],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(10);
  });
});
