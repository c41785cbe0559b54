import fc from 'fast-check';
import { casePriority, type Risk } from './weights.js';
import { checkAssignments, solveMatching } from './solve.js';
import type { MatchCase, MatchingProblem, MatchSession } from './types.js';
import { candidate, pairWeight } from './weights.js';

/** A case the `leaders` given (id → bonus) may receive strictly before `receiveBefore`. */
const matchCase = (
  id: string,
  priority: number,
  receiveBefore: string,
  leaders: Record<string, number> = {},
): MatchCase => ({
  id,
  priority,
  receiveBefore,
  leaders: Object.entries(leaders).map(([leaderId, bonus]) => ({ leaderId, bonus })),
});

const session = (id: string, leaderId: string, date: string, capacity: number): MatchSession => ({
  id,
  leaderId,
  date,
  capacity,
});

/** The best objective by trying every assignment (small problems only). */
function bruteForce(p: MatchingProblem): number {
  const left = new Map(p.sessions.map((s) => [s.id, s.capacity]));
  const go = (i: number): number => {
    if (i === p.cases.length) return 0;
    const c = p.cases[i];
    let best = go(i + 1);
    for (const s of p.sessions) {
      if (!candidate(c, s) || (left.get(s.id) ?? 0) <= 0) continue;
      left.set(s.id, left.get(s.id)! - 1);
      best = Math.max(best, pairWeight(c, s) + go(i + 1));
      left.set(s.id, left.get(s.id)! + 1);
    }
    return best;
  };
  return go(0);
}

describe('priority-appointment matching', () => {
  it('beats greedy on a crafted case: the urgent case yields the only shared session', async () => {
    // Greedy by priority puts A (highest) into S1, leaving B nothing; the optimum moves A to S2.
    const p: MatchingProblem = {
      cases: [
        matchCase('A', 1000, '2027-03-31', { L1: 0, L2: 0 }),
        matchCase('B', 900, '2027-03-10', { L1: 0 }),
      ],
      sessions: [session('S1', 'L1', '2027-03-05', 1), session('S2', 'L2', '2027-03-20', 1)],
    };
    const r = await solveMatching(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(1900);
    expect(r.objective).toBe(bruteForce(p));
    expect(new Map(r.assignments.map((a) => [a.caseId, a.sessionId]))).toEqual(
      new Map([
        ['A', 'S2'],
        ['B', 'S1'],
      ]),
    );
    expect(r.unmatched).toEqual([]);
  });

  it('gives each unmatched case its reason', async () => {
    const p: MatchingProblem = {
      cases: [
        matchCase('red', 2000, '2027-04-01', { L1: 0 }),
        matchCase('blue', 300, '2027-04-01', { L1: 0 }),
        matchCase('nobody', 900, '2027-04-01'),
        matchCase('late', 900, '2027-03-05', { L1: 0 }),
        matchCase('sameDay', 900, '2027-03-10', { L1: 0 }),
        matchCase('full', 900, '2027-04-01', { L3: 0 }),
      ],
      sessions: [session('S1', 'L1', '2027-03-10', 1), session('S3', 'L3', '2027-03-12', 0)],
    };
    const r = await solveMatching(p);
    expect(r.assignments).toEqual([{ caseId: 'red', sessionId: 'S1', weight: 2000 }]);
    expect(Object.fromEntries(r.unmatched.map((u) => [u.caseId, u.reason]))).toEqual({
      blue: 'capacity_full',
      nobody: 'no_eligible_leader',
      late: 'no_session_before_deadline',
      // Strictly before the deadline: a session on the deadline day does not count.
      sameDay: 'no_session_before_deadline',
      full: 'capacity_full',
    });
  });

  it('prefers the previous 包案 leader when the weights say so', async () => {
    const p: MatchingProblem = {
      cases: [matchCase('C', 500, '2027-04-01', { L1: 0, L2: 250 })],
      sessions: [session('S1', 'L1', '2027-03-02', 3), session('S2', 'L2', '2027-03-20', 3)],
    };
    const r = await solveMatching(p);
    expect(r.assignments).toEqual([{ caseId: 'C', sessionId: 'S2', weight: 750 }]);
  });

  it('ranks risk, groups, repeats and deadlines as documented', () => {
    const base = {
      risk: 'yellow' as Risk,
      groupSize: 1,
      repeatCount: 0,
      backlogYears: 0,
      crossLevel: false,
      beijing: false,
      threeCross: false,
      threat: false,
      daysToDeadline: 60,
    };
    const w = (o: Partial<typeof base>) => casePriority({ ...base, ...o });
    expect(w({ risk: 'red' })).toBeGreaterThan(w({ risk: 'orange' }));
    expect(w({ risk: 'orange' })).toBeGreaterThan(w({ risk: 'yellow' }));
    expect(w({ risk: 'yellow' })).toBeGreaterThan(w({ risk: 'blue' }));
    expect(w({ groupSize: 100 })).toBeGreaterThan(w({ groupSize: 5 }));
    expect(w({ repeatCount: 6 })).toBeGreaterThan(w({ repeatCount: 1 }));
    expect(w({ daysToDeadline: 5 })).toBeGreaterThan(w({ daysToDeadline: 90 }));
    // Risk dominates: a large, repeated yellow case stays below a plain red one.
    expect(w({ risk: 'red' })).toBeGreaterThan(w({ groupSize: 500, repeatCount: 20 }));
    expect(Number.isInteger(w({ groupSize: 37 }))).toBe(true);
  });

  it('equals the brute-force optimum on random small problems', async () => {
    const leaders = ['L1', 'L2', 'L3'];
    const days = ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23'];
    const arb = fc.record({
      cases: fc.array(
        fc.record({
          priority: fc.integer({ min: 100, max: 2000 }),
          deadline: fc.constantFrom('2027-03-05', '2027-03-12', '2027-03-20', '2027-04-01'),
          leaders: fc.subarray(leaders),
          bonus: fc.integer({ min: 0, max: 300 }),
        }),
        { minLength: 1, maxLength: 7 },
      ),
      sessions: fc.array(
        fc.record({
          leader: fc.constantFrom(...leaders),
          day: fc.constantFrom(...days),
          capacity: fc.integer({ min: 0, max: 2 }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (g) => {
        const p: MatchingProblem = {
          cases: g.cases.map((c, i) =>
            matchCase(
              `c${i}`,
              c.priority,
              c.deadline,
              Object.fromEntries(c.leaders.map((l, k) => [l, k === 0 ? c.bonus : 0])),
            ),
          ),
          sessions: g.sessions.map((s, i) => session(`s${i}`, s.leader, s.day, s.capacity)),
        };
        const r = await solveMatching(p);
        expect(r.status).toBe('optimal');
        expect(r.objective).toBe(bruteForce(p));
        expect(checkAssignments(p, r.assignments).ok).toBe(true);
        expect(r.assignments.length + r.unmatched.length).toBe(p.cases.length);
      }),
      { numRuns: 60, seed: 20270301 },
    );
  });
});
