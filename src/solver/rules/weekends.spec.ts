import { solveCore } from '../core.js';
import { tinyProblem } from '../testing.js';

describe('weekend rules', () => {
  it('counts a weekend once and caps weekends worked', async () => {
    // 2026-03-07 is a Saturday: 14 days hold two full weekends.
    const p = tinyProblem({
      start: '2026-03-07',
      days: 9,
      people: [{ id: 'A', maxWeekends: 1 }, { id: 'B' }],
      cover: { underWeight: 0 },
    });
    p.people[0].requests = p.days.map((d) => ({ date: d.date, on: true, weight: 1 }));
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const aDays = r.assignments.filter((a) => a.personId === 'A').map((a) => a.date);
    const weekendsWorked = new Set(
      aDays
        .filter((d) => ['2026-03-07', '2026-03-08', '2026-03-14', '2026-03-15'].includes(d))
        .map((d) => (d < '2026-03-10' ? 1 : 2)),
    );
    expect(weekendsWorked.size).toBe(1);
    // Both days of the allowed weekend are used: 9 days, 2 lost to the capped weekend.
    expect(r.objective).toBe(2);
  });
});
