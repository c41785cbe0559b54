import { solveCore } from '../core.js';
import { dateOf, tinyProblem } from '../testing.js';

describe('stability rules (re-planning)', () => {
  it('keeps the previous roster when nothing forces a change', async () => {
    const p = tinyProblem({ days: 3, people: 3 });
    const previous = [
      { date: dateOf(0), shift: 'AM', personId: 'P3' },
      { date: dateOf(1), shift: 'AM', personId: 'P1' },
      { date: dateOf(2), shift: 'AM', personId: 'P2' },
    ];
    p.previous = { assignments: previous, changeWeight: 10 };
    const r = await solveCore(p);
    expect(r.objective).toBe(0);
    expect(r.assignments).toEqual(expect.arrayContaining(previous));
  });

  it('changes only what unavailability forces, at changeWeight per added or removed', async () => {
    const p = tinyProblem({
      days: 2,
      people: [{ id: 'A', unavailable: [{ date: dateOf(0) }] }, { id: 'B' }],
    });
    p.previous = {
      assignments: [
        { date: dateOf(0), shift: 'AM', personId: 'A' },
        { date: dateOf(1), shift: 'AM', personId: 'A' },
      ],
      changeWeight: 10,
    };
    const r = await solveCore(p);
    expect(r.objective).toBe(20);
    expect(r.assignments).toContainEqual({ date: dateOf(1), shift: 'AM', personId: 'A' });
  });
});
