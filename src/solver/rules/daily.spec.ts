import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';

describe('daily rules', () => {
  it('gives nobody two sessions a day by default', async () => {
    const p = tinyProblem({ days: 2, shifts: [{ id: 'AM' }, { id: 'PM' }], people: 2 });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const keys = r.assignments.map((a) => `${a.personId}|${a.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('allows two a day with maxPerDay 2', async () => {
    const p = tinyProblem({
      days: 1,
      shifts: [{ id: 'AM' }, { id: 'PM' }],
      people: [{ id: 'A', maxPerDay: 2 }],
    });
    expect((await solveCore(p)).status).toBe('optimal');
  });

  it('forbids a successor shift on the next day', async () => {
    // A alone: N then D the next day is forbidden; N on day 0 and D on day 1 are both required.
    const shifts = [{ id: 'D' }, { id: 'N', forbiddenSuccessors: ['D'] }];
    const p = tinyProblem({ days: 2, shifts, people: [{ id: 'A' }] });
    p.cover = [
      { date: p.days[0].date, shift: 'N', required: 1 },
      { date: p.days[1].date, shift: 'D', required: 1 },
    ];
    expect((await solveCore(p)).status).toBe('infeasible');
    p.cover[1].shift = 'N';
    expect((await solveCore(p)).status).toBe('optimal');
  });
});
