import fc from 'fast-check';
import { solveCore, verify, type Assignment, type Problem } from '../solver/index.js';
import { dateOf, tinyProblem } from '../solver/testing.js';
import { substituteProblem, withSeat, type Seat } from './substitutes.js';

const rulePenalty = (p: Problem, roster: Assignment[]) => {
  const v = verify(p, roster);
  if (v.hardViolations.length > 0) return null;
  return Object.entries(v.penaltyByRule)
    .filter(([rule]) => rule !== 'change')
    .reduce((s, [, x]) => s + x, 0);
};

/** The k best substitutes, found the way the service finds them: solve, rule out, solve again. */
async function bestSubstitutes(p: Problem, current: Assignment[], seat: Seat, k: number) {
  const found: Array<{ id: string; penalty: number }> = [];
  while (found.length < k) {
    const excluded = found.map((f) => f.id);
    const r = await solveCore(substituteProblem(p, current, seat, excluded));
    if (r.status !== 'optimal') break;
    const taker = r.assignments.find(
      (a) =>
        a.date === seat.date &&
        a.shift === seat.shift &&
        !current.some((c) => c.personId === a.personId && c.date === a.date && c.shift === a.shift),
    )!;
    found.push({
      id: taker.personId,
      penalty: rulePenalty(p, withSeat(current, seat, taker.personId))!,
    });
  }
  return found;
}

describe('substitutes: least-change re-solve of one seat', () => {
  it('finds the k best substitutes by rule penalties, as brute force does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          people: fc.integer({ min: 3, max: 6 }),
          away: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 4 })), {
            maxLength: 4,
          }),
          spacing: fc.integer({ min: 1, max: 60 }),
          caps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
          seatDay: fc.integer({ min: 0, max: 4 }),
        }),
        async (s) => {
          const p = tinyProblem({
            days: 5,
            people: Array.from({ length: s.people }, (_, i) => ({
              id: `P${i}`,
              maxTotal: s.caps[i],
              windows: [{ days: 3, max: 1, weight: s.spacing }],
              unavailable: s.away
                .filter(([who]) => who === i)
                .map(([, d]) => ({ date: dateOf(d) })),
            })),
          });
          const first = await solveCore(p);
          if (first.status !== 'optimal') return;
          const current = first.assignments;
          const seated = current.find((a) => a.date === dateOf(s.seatDay))!;
          const seat = { date: seated.date, shift: seated.shift, personId: seated.personId };
          // Brute force: every other leader in the seat, the rest unchanged.
          const ranked = p.people
            .filter((q) => q.id !== seat.personId)
            .map((q) => ({ id: q.id, penalty: rulePenalty(p, withSeat(current, seat, q.id)) }))
            .filter((x): x is { id: string; penalty: number } => x.penalty !== null)
            .sort((a, b) => a.penalty - b.penalty);
          const found = await bestSubstitutes(p, current, seat, 3);
          expect(found.map((f) => f.penalty)).toEqual(ranked.slice(0, 3).map((r) => r.penalty));
          for (const f of found) expect(ranked.find((r) => r.id === f.id)?.penalty).toBe(f.penalty);
        },
      ),
      { numRuns: 40, seed: 14 },
    );
  });

  it('keeps every other duty and never hands the seat back to the leaving leader', () => {
    const p = tinyProblem({ days: 2, people: 3 });
    const current = [
      { date: dateOf(0), shift: 'AM', personId: 'P1' },
      { date: dateOf(1), shift: 'AM', personId: 'P2' },
    ];
    const q = substituteProblem(p, current, { ...current[0] }, ['P3']);
    expect(q.pins).toEqual([current[1]]);
    expect(q.people.find((x) => x.id === 'P1')!.unavailable).toEqual([
      { date: dateOf(0), shift: 'AM' },
    ]);
    expect(q.people.find((x) => x.id === 'P3')!.unavailable).toEqual([
      { date: dateOf(0), shift: 'AM' },
    ]);
    expect(q.previous?.assignments).toEqual(current);
  });
});
