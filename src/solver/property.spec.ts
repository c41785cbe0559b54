import fc from 'fast-check';
import { solveCore } from './core.js';
import { buildModel, decodeAssignments } from './model/build.js';
import { greedyRoster } from './greedy.js';
import { personByPerson } from './person-by-person.js';
import { SHARED_RULE_IDS } from './rules/index.js';
import { searchRoster } from './search.js';
import type { Assignment, Person, Problem } from './problem.js';
import { tinyProblem } from './testing.js';
import { verify } from './verifier.js';

/** Random tiny problems mixing hard and soft variants of every rule family. */
const arbProblem: fc.Arbitrary<Problem> = fc
  .record({
    days: fc.integer({ min: 2, max: 4 }),
    twoShifts: fc.boolean(),
    people: fc.array(
      fc.record({
        maxTotal: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        minTotal: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        soft: fc.boolean(),
        unavailableDay: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        request: fc.option(
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.integer({ min: 1, max: 5 })),
          {
            nil: undefined,
          },
        ),
        window: fc.option(
          fc.tuple(
            fc.integer({ min: 2, max: 3 }),
            fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
          ),
          {
            nil: undefined,
          },
        ),
        maxConsecutive: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
        minConsecutive: fc.option(fc.constant(2), { nil: undefined }),
        fairness: fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 2 }),
            fc.integer({ min: -1, max: 1 }),
            fc.integer({ min: 1, max: 4 }),
          ),
          {
            nil: undefined,
          },
        ),
        pool: fc.constantFrom('a', 'b'),
        // [first day, length, max, weight?, min?, underWeight?, tagged]
        rangeLimit: fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 1, max: 3 }),
            fc.integer({ min: 0, max: 2 }),
            fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
            fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
            fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
            fc.boolean(),
          ),
          { nil: undefined },
        ),
        // [from day, calendar days, weight?]
        rangedWindow: fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 2, max: 3 }),
            fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
          ),
          { nil: undefined },
        ),
        // [day, weight?]
        mustSit: fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
          ),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    required: fc.integer({ min: 0, max: 2 }),
    softCover: fc.option(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 })), {
      nil: undefined,
    }),
    poolRestricted: fc.boolean(),
    changeWeight: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    forbidden: fc.boolean(),
    // The first day's session is a fixed duty of P0 instead of a decision.
    fixedFirstDay: fc.boolean(),
    // [pool, first day, length, min?, max?, weight?]
    poolQuota: fc.option(
      fc.tuple(
        fc.constantFrom('a', 'b'),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      ),
      { nil: undefined },
    ),
  })
  .filter((s) => s.people.length * s.days * (s.twoShifts ? 2 : 1) <= 12)
  .map((s) => {
    const shifts = s.twoShifts
      ? [{ id: 'E' }, { id: 'L', forbiddenSuccessors: s.forbidden ? ['E'] : [] }]
      : [{ id: 'E' }];
    const base = tinyProblem({ days: s.days, shifts, people: 0, required: s.required });
    const date = (i: number) => base.days[Math.min(i, s.days - 1)].date;
    const people: Person[] = s.people.map((q, i) => ({
      id: `P${i}`,
      pools: [q.pool],
      maxPerDay: s.twoShifts && i === 0 ? 2 : 1,
      ...(q.maxTotal !== undefined && { maxTotal: q.maxTotal }),
      ...(q.minTotal !== undefined && { minTotal: q.minTotal }),
      ...(q.soft && { totalUnderWeight: 3, totalOverWeight: 2 }),
      ...(q.unavailableDay !== undefined && { unavailable: [{ date: date(q.unavailableDay) }] }),
      ...(q.request && {
        requests: [{ date: date(q.request[0]), on: q.request[1], weight: q.request[2] }],
      }),
      ...((q.window || q.rangedWindow) && {
        windows: [
          ...(q.window ? [{ days: q.window[0], max: 1, weight: q.window[1] }] : []),
          ...(q.rangedWindow
            ? [
                {
                  days: q.rangedWindow[1],
                  max: 1,
                  from: date(q.rangedWindow[0]),
                  ...(q.rangedWindow[2] !== undefined && { weight: q.rangedWindow[2] }),
                },
              ]
            : []),
        ],
      }),
      ...(q.mustSit && {
        mustSit: [
          {
            date: date(q.mustSit[0]),
            ...(q.mustSit[1] !== undefined && { weight: q.mustSit[1] }),
          },
        ],
      }),
      ...(q.maxConsecutive !== undefined && { maxConsecutiveWorkDays: q.maxConsecutive }),
      ...(q.minConsecutive !== undefined && {
        minConsecutiveWorkDays: q.minConsecutive,
        sequenceWeight: 2,
      }),
      ...(q.rangeLimit && {
        rangeLimits: [
          {
            from: date(q.rangeLimit[0]),
            to: date(q.rangeLimit[0] + q.rangeLimit[1] - 1),
            max: q.rangeLimit[2],
            ...(q.rangeLimit[3] !== undefined && { weight: q.rangeLimit[3] }),
            ...(q.rangeLimit[4] !== undefined && { min: q.rangeLimit[4] }),
            ...(q.rangeLimit[5] !== undefined && { underWeight: q.rangeLimit[5] }),
            ...(q.rangeLimit[6] && { tags: ['odd'] }),
          },
        ],
      }),
      ...(q.fairness && {
        fairness: { target: q.fairness[0], carried: q.fairness[1], weight: q.fairness[2] },
      }),
    }));
    const cover = base.cover
      .map((c, i) => ({
        ...c,
        ...(s.softCover && { underWeight: s.softCover[0], overWeight: s.softCover[1] }),
        ...(s.poolRestricted && i === 0 && { pools: ['a'] }),
        ...(i % 2 === 1 && { tag: 'odd' }),
      }))
      .filter((_, i) => !(s.fixedFirstDay && i === 0));
    const problem: Problem = { ...base, cover, people };
    if (s.fixedFirstDay)
      problem.fixed = [{ date: base.days[0].date, shift: 'E', personId: 'P0', tag: 'odd' }];
    if (s.poolQuota) {
      const [pool, first, length, min, max, weight] = s.poolQuota;
      problem.poolQuotas = [
        {
          pool,
          from: date(first),
          to: date(first + length - 1),
          ...(min !== undefined && { min }),
          ...(max !== undefined && { max }),
          ...(weight !== undefined && { weight }),
        },
      ];
    }
    if (s.changeWeight !== undefined)
      problem.previous = {
        assignments: [{ date: base.days[0].date, shift: 'E', personId: 'P0' }],
        changeWeight: s.changeWeight,
      };
    return problem;
  });

/** Exhaustive search over every subset of (person, session) pairs. */
function bruteForce(problem: Problem): number | null {
  const pairs: Assignment[] = [];
  for (const c of problem.cover)
    for (const p of problem.people) pairs.push({ date: c.date, shift: c.shift, personId: p.id });
  let best: number | null = null;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, i) => mask & (1 << i));
    const v = verify(problem, chosen);
    if (v.hardViolations.length === 0 && (best === null || v.objective < best)) best = v.objective;
  }
  return best;
}

describe('solver properties on random small problems', () => {
  it('returns rosters that satisfy every hard rule, with the recomputed objective, and the true optimum', async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem, async (problem) => {
        const r = await solveCore(problem, { timeLimitSeconds: 20 });
        const best = bruteForce(problem);
        if (best === null) {
          expect(r.status).toBe('infeasible');
          expect(r.diagnosis?.length).toBeGreaterThan(0);
          return;
        }
        expect(r.status).toBe('optimal');
        const v = verify(problem, r.assignments);
        expect(v.hardViolations).toEqual([]);
        expect(r.objective).toBe(v.objective);
        expect(r.objective).toBe(best);
        // Independent hard checks: cover and availability, written again here.
        for (const a of r.assignments) {
          expect(problem.fixed?.some((f) => f.date === a.date && f.shift === a.shift)).not.toBe(
            true,
          );
          const person = problem.people.find((p) => p.id === a.personId)!;
          expect(person.unavailable?.some((u) => u.date === a.date) ?? false).toBe(false);
        }
        for (const c of problem.cover) {
          const n = r.assignments.filter((a) => a.date === c.date && a.shift === c.shift).length;
          if (c.underWeight === undefined) expect(n).toBeGreaterThanOrEqual(c.required);
          if (c.overWeight === undefined) expect(n).toBeLessThanOrEqual(c.required);
        }
      }),
      { numRuns: 60, seed: 20260301 },
    );
  });

  it('the search heuristic (elastic construction, then neighbourhoods) returns verified rosters, never below the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem, async (problem) => {
        const built = buildModel(problem);
        const best = bruteForce(problem);
        if (built.triviallyInfeasible) {
          expect(best).toBeNull();
          return;
        }
        const r = await searchRoster(problem, built, {
          timeLimitSeconds: 20,
          seed: 3,
          maxIterations: 8,
          probe: false,
          quickStart: false,
        });
        if (best === null) {
          // The construction only hands over a roster without relaxations; there is none.
          expect(r.colValue).toBeUndefined();
          return;
        }
        // 'optimal' only where nothing is left to decide (HiGHS alone).
        expect(['optimal', 'feasible']).toContain(r.status);
        const v = verify(problem, decodeAssignments(built, r.colValue!));
        expect(v.hardViolations).toEqual([]);
        expect(v.objective).toBeCloseTo(r.objective!, 6);
        expect(v.objective).toBeGreaterThanOrEqual(best);
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });

  it('the greedy fill seats only open columns, never over hard cover, and owns up to every hard breach', async () => {
    fc.assert(
      fc.property(arbProblem, (problem) => {
        const built = buildModel(problem);
        const open = built.assignmentCols.filter((a) => built.model.colUpper[a.col] > 0.5);
        const g = greedyRoster(problem, open);
        const key = (a: Assignment) => `${a.personId}|${a.date}|${a.shift}`;
        const allowed = new Set([...open, ...(problem.pins ?? [])].map(key));
        for (const a of g.assignments) expect(allowed.has(key(a))).toBe(true);
        expect(new Set(g.assignments.map(key)).size).toBe(g.assignments.length);
        for (const c of problem.cover) {
          const n = g.assignments.filter((a) => a.date === c.date && a.shift === c.shift).length;
          if (c.overWeight === undefined) expect(n).toBeLessThanOrEqual(c.required);
        }
        expect(g.hardViolations).toEqual(verify(problem, g.assignments).hardViolations);
        // A roster it calls clean exists, so the problem is feasible.
        if (g.hardViolations.length === 0) expect(bruteForce(problem)).not.toBeNull();
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });

  it('one person at a time breaks no rule about a single person', async () => {
    let rosters = 0;
    await fc.assert(
      fc.asyncProperty(arbProblem, async (problem) => {
        const roster = await personByPerson(problem, 5);
        // None: someone's own hard rules cannot hold on the seats the others left.
        if (!roster) return;
        rosters++;
        const broken = verify(problem, roster).hardViolations.filter(
          (h) => !SHARED_RULE_IDS.has(h.rule),
        );
        expect(broken).toEqual([]);
      }),
      { numRuns: 40, seed: 20261206 },
    );
    // Not a vacuous pass: most of these tiny problems leave someone short, but not all.
    expect(rosters).toBeGreaterThanOrEqual(10);
  });

  it('the search from its quick start returns verified rosters, never below the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem, async (problem) => {
        const built = buildModel(problem);
        const best = bruteForce(problem);
        if (built.triviallyInfeasible || best === null) return;
        const r = await searchRoster(problem, built, {
          timeLimitSeconds: 20,
          seed: 3,
          maxIterations: 8,
          probe: false,
        });
        expect(['optimal', 'feasible']).toContain(r.status);
        const v = verify(problem, decodeAssignments(built, r.colValue!));
        expect(v.hardViolations).toEqual([]);
        expect(v.objective).toBeCloseTo(r.objective!, 6);
        expect(v.objective).toBeGreaterThanOrEqual(best);
      }),
      { numRuns: 40, seed: 20261206 },
    );
  });
});
