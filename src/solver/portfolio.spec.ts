import { generateMonth } from './generator.js';
import { createSolver, SolveAbortedError, type SolveProgress, type SolverPool } from './pool.js';
import { LANE_SEED_STEP, SolverPortfolio } from './portfolio.js';
import { curtoisLikeProblem, tinyProblem } from './testing.js';
import { verify } from './verifier.js';

describe('a solve on several threads at once (portfolio)', () => {
  let portfolio: SolverPortfolio;
  let single: SolverPool;
  beforeAll(async () => {
    portfolio = new SolverPortfolio(2);
    single = createSolver();
    await Promise.all([portfolio.warmUp(), single.warmUp()]);
  });
  afterAll(() => Promise.all([portfolio.close(), single.close()]));

  it('answers with the best roster of its lanes, each lane searching with its own seed', async () => {
    const problem = curtoisLikeProblem(1, 14, 8);
    // Work-bounded (nodes and neighbourhoods, not seconds): each lane's roster is reproducible.
    const budget = { timeLimitSeconds: 60, maxIterations: 8 };
    const lanes = await Promise.all(
      [3, 3 + LANE_SEED_STEP].map((seed) => single.solve(problem, { ...budget, seed })),
    );
    // The lanes end apart, so the answer shows which one was taken.
    expect(lanes[0].objective).not.toBe(lanes[1].objective);
    // The pool queues solves: the two lanes above ran one after the other on one thread.
    const incumbents: number[] = [];
    const progress: SolveProgress[] = [];
    const r = await portfolio.solve(problem, {
      ...budget,
      seed: 3,
      onIncumbent: (_, objective) => incumbents.push(objective),
      onProgress: (p) => progress.push(p),
    });
    expect(r.objective).toBe(Math.min(...lanes.map((l) => l.objective!)));
    expect(verify(problem, r.assignments).objective).toBe(r.objective);
    expect(verify(problem, r.assignments).hardViolations).toEqual([]);
    // Merged as they come: incumbents only ever better, the best objective never worse, the
    // bound never lower, and the answer no worse than the last incumbent passed on.
    for (let i = 1; i < incumbents.length; i++)
      expect(incumbents[i]).toBeLessThan(incumbents[i - 1] - 0.5);
    // HiGHS reports objectives with float noise; the verifier's are integers.
    expect(r.objective).toBeLessThanOrEqual(Math.round(incumbents.at(-1)!));
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].objective!).toBeLessThanOrEqual(progress[i - 1].objective ?? Infinity);
      expect(progress[i].bound ?? -Infinity).toBeGreaterThanOrEqual(
        progress[i - 1].bound ?? -Infinity,
      );
    }
    // Every lane bounds the same model: the answer carries the highest bound, never above it.
    expect(r.bound).toBe(Math.min(r.objective!, Math.max(...lanes.map((l) => l.bound ?? 0))));
  });

  it('refuses a number of lanes that is not a whole number of at least 1', () => {
    for (const lanes of [0, 1.5, Number.NaN])
      expect(() => new SolverPortfolio(lanes)).toThrow(/lanes must be a whole number/);
  });

  it('ends as soon as one lane proves a realistic month optimal', async () => {
    const problem = generateMonth({ kind: 'normal', leaders: 25, seed: 2 });
    const r = await portfolio.solve(problem, { timeLimitSeconds: 20 });
    expect(r.status).toBe('optimal');
    expect(r.gap).toBe(0);
    expect(verify(problem, r.assignments).objective).toBe(r.objective);
    expect(r.seconds).toBeLessThan(10);
  });

  it('answers infeasible when a lane proves it', async () => {
    // One person, three days of hard cover, and they may sit only twice.
    const problem = tinyProblem({ days: 3, people: [{ id: 'P1', maxTotal: 2 }] });
    const r = await portfolio.solve(problem, { timeLimitSeconds: 10 });
    expect(r.status).toBe('infeasible');
    expect(r.assignments).toEqual([]);
  });

  it('stops every lane when the caller cancels', async () => {
    const problem = generateMonth({ kind: 'special', leaders: 40, seed: 1, unavailableShare: 0.3 });
    const ctrl = new AbortController();
    const solving = portfolio.solve(problem, { timeLimitSeconds: 30, signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 300);
    const started = performance.now();
    await expect(solving).rejects.toBeInstanceOf(SolveAbortedError);
    expect(performance.now() - started).toBeLessThan(4000);
    // The lanes answer again afterwards, on fresh threads.
    const r = await portfolio.solve(generateMonth({ kind: 'normal', leaders: 12, seed: 2 }), {
      timeLimitSeconds: 20,
    });
    expect(r.status).toBe('optimal');
  });
});
