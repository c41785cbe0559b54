import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';

describe('quota rules', () => {
  it('respects hard max and min totals', async () => {
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

  it('soft max total costs its weight per extra session', async () => {
    const p = tinyProblem({ days: 3, people: [{ id: 'A', maxTotal: 1, totalOverWeight: 4 }] });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(8);
    expect(r.penaltyByPerson.A).toBe(8);
  });

  it('caps a shift type and the minutes', async () => {
    const p = tinyProblem({
      days: 2,
      shifts: [
        { id: 'AM', minutes: 180 },
        { id: 'PM', minutes: 240 },
      ],
      people: [
        { id: 'A', maxPerShift: { PM: 0 }, maxMinutes: 360 },
        { id: 'B', maxPerDay: 2 },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const a = r.assignments.filter((x) => x.personId === 'A');
    expect(a.every((x) => x.shift === 'AM')).toBe(true);
    expect(a.length).toBeLessThanOrEqual(2);
  });

  it('min minutes above what is possible is infeasible', async () => {
    const p = tinyProblem({ days: 2, people: [{ id: 'A', minMinutes: 400 }, { id: 'B' }] });
    expect((await solveCore(p)).status).toBe('infeasible');
  });
});
