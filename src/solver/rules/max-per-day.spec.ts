import { solveCore } from '../core.js';
import { checkRule, dateOf, tinyProblem } from '../testing.js';
import { maxPerDayRule } from './max-per-day.js';

describe('maxPerDay rule', () => {
  const shifts = [{ id: 'AM' }, { id: 'PM' }];

  it('model: nobody sits two sessions a day by default', async () => {
    const p = tinyProblem({ days: 2, shifts, people: 2 });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const keys = r.assignments.map((a) => `${a.personId}|${a.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('model: allows two a day with maxPerDay 2', async () => {
    const p = tinyProblem({ days: 1, shifts, people: [{ id: 'A', maxPerDay: 2 }] });
    expect((await solveCore(p)).status).toBe('optimal');
  });

  it('check: reports the day and how many sessions were sat', () => {
    const p = tinyProblem({ days: 2, shifts, people: [{ id: 'A' }] });
    const both = shifts.map((s) => ({ date: dateOf(1), shift: s.id, personId: 'A' }));
    expect(checkRule(maxPerDayRule, p, both).hardViolations).toEqual([
      expect.objectContaining({ rule: 'maxPerDay', date: dateOf(1), limit: 1, actual: 2 }),
    ]);
    p.people[0].maxPerDay = 2;
    expect(checkRule(maxPerDayRule, p, both).hardViolations).toEqual([]);
  });
});
