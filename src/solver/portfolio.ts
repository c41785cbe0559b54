/**
 * One solve on several solver threads at once: each lane is a SolverPool running the same
 * problem with a seed of its own, so their neighbourhood searches part ways, and the best
 * verified roster of any lane is the answer. On hard problems the search's outcome depends on the
 * path its seed takes (Curtois 6 at 60 s: 1952-2045 over eight seeds), so two lanes on two cores
 * give the better of two draws in the time of one. A lane that proves (optimal, infeasible)
 * ends the solve at once; realistic months are proven by every lane in well under a second.
 */
import { checkedResult, errorResult } from './core.js';
import {
  createSolver,
  SolveAbortedError,
  type SolveOptions,
  type SolverPool,
  type SolverPoolOptions,
} from './pool.js';
import { parseProblem, type Assignment, type Problem, type SolveResult } from './problem.js';

/** Lane i's seed is the caller's plus i times this: lane 0 keeps the caller's seed. */
export const LANE_SEED_STEP = 7919;

/** What the lanes reported so far, merged: the best roster and the highest bound. */
interface Merged {
  objective: number | null;
  bound: number | null;
}

export class SolverPortfolio {
  private readonly lanes: SolverPool[];

  constructor(lanes: number, options: SolverPoolOptions = {}) {
    if (!Number.isInteger(lanes) || lanes < 1)
      throw new RangeError(`lanes must be a whole number of at least 1, not ${lanes}`);
    this.lanes = Array.from({ length: lanes }, () => createSolver(options));
  }

  async warmUp(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.warmUp()));
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }

  /**
   * The solve on every lane (HiGHS; any other backend runs on the first lane alone). Progress
   * and incumbents are merged: the objective is the best any lane has, the bound the highest
   * (every lane bounds the same full model), and an incumbent is passed on only when it beats
   * every earlier one.
   */
  async solve(input: Problem, options: SolveOptions = {}): Promise<SolveResult> {
    if ((options.backend ?? 'highs') !== 'highs' || this.lanes.length === 1)
      return this.lanes[0].solve(input, options);
    // Parsed here too: the answer is checked again against it (best).
    const problem = parseProblem(input);
    if (options.signal?.aborted) throw new SolveAbortedError();
    const started = performance.now();
    const merged: Merged = { objective: null, bound: null };
    // The best incumbent passed on (a lane's progress may name an objective before its roster).
    let passedOn = Infinity;
    const stops = this.lanes.map(() => new AbortController());
    const stopAll = () => stops.forEach((s) => s.abort());
    options.signal?.addEventListener('abort', stopAll, { once: true });
    let proof: SolveResult | undefined;
    try {
      const results = await Promise.all(
        this.lanes.map((lane, i) =>
          lane
            .solve(problem, {
              ...options,
              seed: (options.seed ?? 1) + i * LANE_SEED_STEP,
              signal: stops[i].signal,
              onProgress: (p) => {
                raise(merged, p.bound);
                if (p.objective !== null && (merged.objective ?? Infinity) > p.objective)
                  merged.objective = p.objective;
                options.onProgress?.({
                  seconds: (performance.now() - started) / 1000,
                  objective: merged.objective,
                  bound: merged.bound,
                });
              },
              onIncumbent: (assignments: Assignment[], objective: number) => {
                // Objectives are integers; HiGHS reports them with float noise.
                if (objective >= passedOn - 0.5) return;
                passedOn = objective;
                options.onIncumbent?.(assignments, objective);
              },
            })
            .then((r) => {
              // A proof ends the solve: the other lanes could only match it.
              if (!proof && (r.status === 'optimal' || r.status === 'infeasible')) {
                proof = r;
                stops.forEach((s, j) => j !== i && s.abort());
              }
              return r;
            })
            .catch((err: unknown) => {
              if (err instanceof SolveAbortedError && !options.signal?.aborted) return undefined;
              throw err;
            }),
        ),
      );
      if (options.signal?.aborted) throw new SolveAbortedError();
      const seconds = (performance.now() - started) / 1000;
      if (proof) return { ...proof, seconds };
      return this.best(problem, results, merged, seconds);
    } finally {
      options.signal?.removeEventListener('abort', stopAll);
    }
  }

  /** The lane with the best roster, with the highest bound any lane proved. */
  private best(
    problem: Problem,
    results: (SolveResult | undefined)[],
    merged: Merged,
    seconds: number,
  ): SolveResult {
    const done = results.filter((r): r is SolveResult => r !== undefined);
    for (const r of done) raise(merged, r.bound);
    const withRoster = done
      .filter((r) => r.objective !== null && r.status !== 'error')
      .sort((a, b) => a.objective! - b.objective!);
    const winner = withRoster[0];
    // No lane has a roster: the first lane's answer says why (timeout, error, as one lane would).
    if (!winner)
      return { ...(done[0] ?? errorResult('highs', seconds, 'no lane answered')), seconds };
    // Checked again with the merged bound: another lane's bound may prove this roster optimal.
    const r = checkedResult(
      problem,
      winner.backend,
      winner.assignments,
      { objective: winner.objective!, bound: merged.bound, proven: false, exact: false },
      seconds,
    );
    return winner.message === undefined ? r : { ...r, message: winner.message };
  }
}

function raise(merged: Merged, bound: number | null): void {
  if (bound !== null && (merged.bound === null || bound > merged.bound)) merged.bound = bound;
}
