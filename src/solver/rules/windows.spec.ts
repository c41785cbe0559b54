import { solveCore } from '../core.js';
import type { Assignment } from '../problem.js';
import { checkRule, dateOf, tinyProblem } from '../testing.js';
import { windowDayRuns, windowRule } from './windows.js';

// Three weeks from Monday 2026-03-02.
const duty = (day: number, personId = 'A', shift = 'AM'): Assignment => ({
  date: dateOf(day),
  shift,
  personId,
});
const workingRule = { days: 5, max: 1, workingDaysOnly: true, weight: 50 };
const spaced = (window: object) =>
  tinyProblem({
    days: 21,
    people: [{ id: 'A', windows: [{ ...workingRule, ...window }] }, { id: 'B' }],
  });
const tooSoon = (p: ReturnType<typeof spaced>, duties: Assignment[]) =>
  checkRule(windowRule, p, duties).softViolations.map((v) => v.date);

describe('window rule (spacing)', () => {
  it('computes working-day runs across weekends', () => {
    // Thu Fri Sat Sun Mon Tue
    const working = [true, true, false, false, true, true];
    expect(windowDayRuns(working, 3, true)).toEqual([
      [0, 1, 4],
      [1, 4, 5],
    ]);
    expect(windowDayRuns(working, 10, false)).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('check: one breach per duty that comes too soon, on that duty, naming the earlier one', () => {
    const p = spaced({});
    const found = checkRule(windowRule, p, [duty(11), duty(9)]).softViolations;
    expect(found).toEqual([
      expect.objectContaining({
        personId: 'A',
        date: dateOf(11),
        shift: 'AM',
        dates: [dateOf(9)],
        limit: 5,
        variant: 'working',
        penalty: 50,
      }),
    ]);
  });

  it('check: counts working days only, and only the leader’s own duties', () => {
    const p = spaced({});
    // Friday and the next Tuesday are close; Monday to Monday is not.
    expect(tooSoon(p, [duty(4), duty(8)])).toEqual([dateOf(8)]);
    expect(tooSoon(p, [duty(0), duty(7)])).toEqual([]);
    // A weekend duty does not count for a working-day rule.
    expect(tooSoon(p, [duty(4), duty(5), duty(7)])).toEqual([dateOf(7)]);
    expect(tooSoon(p, [duty(5), duty(6)])).toEqual([]);
    expect(tooSoon(p, [duty(0), duty(1, 'B')])).toEqual([]);
  });

  it('check: with room for two sessions, the third one in the window breaks the rule', () => {
    const p = spaced({ max: 2 });
    expect(tooSoon(p, [duty(0), duty(1)])).toEqual([]);
    expect(checkRule(windowRule, p, [duty(0), duty(1), duty(3)]).softViolations).toEqual([
      expect.objectContaining({ date: dateOf(3), dates: [dateOf(0), dateOf(1)] }),
    ]);
  });

  it('check: calendar days inside a range; duties before the range still count', () => {
    // No two consecutive calendar days, checked from Saturday day 5 to Sunday day 13.
    const p = spaced({ days: 2, workingDaysOnly: false, from: dateOf(5), to: dateOf(13) });
    expect(tooSoon(p, [duty(5), duty(6)])).toEqual([dateOf(6)]);
    expect(tooSoon(p, [duty(4), duty(5)])).toEqual([dateOf(5)]);
    expect(tooSoon(p, [duty(3), duty(4)])).toEqual([]);
    expect(tooSoon(p, [duty(13), duty(14)])).toEqual([]);
    expect(tooSoon(p, [duty(5), duty(7)])).toEqual([]);
  });

  it('check: a tags filter counts only tagged sessions', () => {
    const p = spaced({ days: 2, workingDaysOnly: false, tags: ['period'] });
    p.cover.forEach((c, i) => (c.tag = i >= 5 ? 'period' : 'normal'));
    expect(tooSoon(p, [duty(4), duty(5)])).toEqual([]);
    expect(tooSoon(p, [duty(5), duty(6)])).toEqual([dateOf(6)]);
  });

  it('model: a hard window spreads sessions apart', async () => {
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

  it('model: a soft window costs its weight per session that comes too soon', async () => {
    // A alone sits 3 days in a row: days 2 and 3 come too soon.
    const p = tinyProblem({
      days: 3,
      people: [{ id: 'A', windows: [{ days: 3, max: 1, weight: 5 }] }],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(10);
  });

  it('model: a restricted hard window binds only inside its range', async () => {
    // A must sit all 4 days (alone); a hard 2-day window from day 2 on makes that impossible,
    // while the same window only up to day 0 is satisfied (day 0 has no predecessor).
    const p = tinyProblem({
      days: 4,
      people: [{ id: 'A', windows: [{ days: 2, max: 1, from: dateOf(2) }] }],
    });
    expect((await solveCore(p)).status).toBe('infeasible');
    p.people[0].windows = [{ days: 2, max: 1, to: dateOf(0) }];
    expect((await solveCore(p)).status).toBe('optimal');
  });

  it('model: fixed duties before the horizon part count for the first free session', async () => {
    // A's fixed duty on day 0 makes day 1 too soon: B takes day 1 at no cost.
    const p = tinyProblem({
      days: 3,
      people: [
        { id: 'A', windows: [{ days: 2, max: 1, weight: 9 }] },
        { id: 'B', maxTotal: 1 },
      ],
    });
    p.cover = p.cover.slice(1);
    p.fixed = [{ date: dateOf(0), shift: 'AM', personId: 'A' }];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(0);
    expect(r.assignments).toHaveLength(2);
    expect(r.assignments).toEqual(expect.arrayContaining([duty(1, 'B'), duty(2, 'A')]));
  });
});
