import { solveCore } from '../core.js';
import { dateOf, tinyProblem } from '../testing.js';

describe('availability rules (eligibility, unavailability, pins)', () => {
  it('never assigns an unavailable person', async () => {
    const p = tinyProblem({
      days: 2,
      people: [{ id: 'A', unavailable: [{ date: dateOf(0) }] }, { id: 'B' }],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.find((a) => a.date === dateOf(0))?.personId).toBe('B');
  });

  it('honours a shift-level unavailability only for that shift', async () => {
    const p = tinyProblem({
      days: 1,
      shifts: [{ id: 'AM' }, { id: 'PM' }],
      people: [
        { id: 'A', maxPerDay: 2, unavailable: [{ date: dateOf(0), shift: 'AM' }] },
        { id: 'B', maxTotal: 1 },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const am = r.assignments.find((a) => a.shift === 'AM');
    expect(am?.personId).toBe('B');
  });

  it('restricts sessions to eligible pools or people', async () => {
    const p = tinyProblem({
      days: 2,
      people: [
        { id: 'A', pools: ['党政'] },
        { id: 'B', pools: ['人大'] },
        { id: 'C', pools: ['政协'] },
      ],
    });
    p.cover[0].pools = ['人大'];
    p.cover[1].people = ['C'];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.map((a) => a.personId).sort()).toEqual(['B', 'C']);
  });

  it('keeps pins even when they cost a preference', async () => {
    const p = tinyProblem({
      days: 1,
      people: [{ id: 'A', requests: [{ date: dateOf(0), on: false, weight: 9 }] }, { id: 'B' }],
    });
    p.pins = [{ date: dateOf(0), shift: 'AM', personId: 'A' }];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments).toEqual([{ date: dateOf(0), shift: 'AM', personId: 'A' }]);
    expect(r.objective).toBe(9);
  });
});
