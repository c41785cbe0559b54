/**
 * The solve pipeline on the current thread: pre-checks, model, backend, verifier, and the
 * elastic re-solve for infeasible problems. The worker runs this; tests may call it directly.
 */
import { highsBackend } from './backends/highs.js';
import { jslpBackend } from './backends/jslp.js';
import type { Backend, BackendProgress } from './backends/types.js';
import { describeRelaxations, diagnose } from './diagnosis.js';
import { integralBound, meetsBound, NOISE } from './integral.js';
import { buildModel, decodeAssignments } from './model/build.js';
import type { Assignment, BackendName, Diagnosis, Problem, SolveResult } from './problem.js';
import { searchRoster } from './search.js';
import { verify } from './verifier.js';

export interface CoreSolveOptions {
  backend?: BackendName;
  timeLimitSeconds?: number;
  /** Limit for the elastic re-solve of an infeasible problem (default min(10, time limit)). */
  elasticTimeLimitSeconds?: number;
  /** HiGHS search: neighbourhood choice; the same seed gives the same search. */
  seed?: number;
  /** HiGHS search: stop after this many neighbourhoods (deterministic, for tests). */
  maxIterations?: number;
  onProgress?: (p: BackendProgress) => void;
  onIncumbent?: (assignments: Assignment[], objective: number, bound: number | null) => void;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 60;

export function backendByName(name: BackendName): Backend {
  switch (name) {
    case 'highs':
      return highsBackend;
    case 'jslp':
      return jslpBackend;
  }
}

/** A result without a roster: an error, unless the caller spreads it under another status. */
export const errorResult = (
  backend: BackendName,
  seconds: number,
  message?: string,
): SolveResult => ({
  status: 'error',
  backend,
  objective: null,
  bound: null,
  gap: null,
  seconds,
  penaltyByRule: {},
  penaltyByPerson: {},
  assignments: [],
  ...(message !== undefined && { message }),
});

/**
 * Checks a backend's roster with the verifier and builds the result. `claimed` is the backend's
 * objective; a roster breaking a hard rule, an objective the backend under-counted, or one
 * below the proven bound is a backend error and the roster is withheld.
 */
export function checkedResult(
  problem: Problem,
  backend: BackendName,
  assignments: Assignment[],
  claim: { objective?: number; bound?: number | null; proven: boolean; exact: boolean },
  seconds: number,
): SolveResult {
  const v = verify(problem, assignments);
  const fail = (message: string): SolveResult => errorResult(backend, seconds, message);
  if (v.hardViolations.length > 0) {
    const first = v.hardViolations
      .slice(0, 3)
      .map((h) => `${h.rule} ${h.personId ?? ''} ${h.date ?? ''} ${h.shift ?? ''}: ${h.message}`)
      .join('; ');
    return fail(
      `${backend} returned a roster breaking ${v.hardViolations.length} hard rule(s): ${first}`,
    );
  }
  if (claim.objective !== undefined) {
    const over = v.objective > claim.objective + NOISE;
    const under = v.objective < claim.objective - NOISE;
    if (over || ((claim.proven || claim.exact) && under)) {
      return fail(`${backend} objective ${claim.objective} differs from recomputed ${v.objective}`);
    }
  }
  // The objective is an integer, so any valid bound can be rounded up.
  const bound =
    claim.bound === null || claim.bound === undefined
      ? null
      : Math.min(v.objective, integralBound(claim.bound));
  if (claim.bound !== null && claim.bound !== undefined && v.objective < claim.bound - NOISE) {
    return fail(
      `${backend} roster objective ${v.objective} is below its proven bound ${claim.bound}`,
    );
  }
  const proven = claim.proven || (bound !== null && meetsBound(v.objective, bound));
  return {
    status: proven ? 'optimal' : 'feasible',
    backend,
    objective: v.objective,
    bound: proven ? v.objective : bound,
    gap: proven
      ? 0
      : bound === null
        ? null
        : (v.objective - bound) / Math.max(1, Math.abs(v.objective)),
    seconds,
    penaltyByRule: v.penaltyByRule,
    penaltyByPerson: v.penaltyByPerson,
    assignments,
  };
}

export async function solveCore(
  problem: Problem,
  options: CoreSolveOptions = {},
): Promise<SolveResult> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const backendName = options.backend ?? 'highs';
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const infeasible = (diagnosis: Diagnosis[], message?: string): SolveResult => ({
    ...errorResult(backendName, elapsed()),
    status: 'infeasible',
    diagnosis,
    ...(message !== undefined && { message }),
  });

  const pre = diagnose(problem);
  if (pre.length > 0) return infeasible(pre);

  const built = buildModel(problem);
  if (built.triviallyInfeasible) return infeasible(await elastic(problem, options, timeLimit));

  const backendOptions = {
    timeLimitSeconds: timeLimit,
    onProgress: options.onProgress,
    onIncumbent: options.onIncumbent
      ? (col: Float64Array, obj: number) =>
          options.onIncumbent!(decodeAssignments(built, col), obj, null)
      : undefined,
  };
  // HiGHS runs inside the search (probe, construction, neighbourhoods, final full solve).
  const run =
    backendName === 'highs'
      ? await searchRoster(problem, built, {
          ...backendOptions,
          seed: options.seed,
          maxIterations: options.maxIterations,
        })
      : await backendByName(backendName).solve(built.model, backendOptions);
  switch (run.status) {
    case 'optimal':
    case 'feasible': {
      const assignments = decodeAssignments(built, run.colValue!);
      return checkedResult(
        problem,
        backendName,
        assignments,
        {
          objective: run.objective,
          bound: run.bound,
          proven: run.status === 'optimal',
          exact: backendName === 'jslp',
        },
        elapsed(),
      );
    }
    case 'infeasible': {
      const remaining = Math.max(1, timeLimit - elapsed());
      const diag = await elastic(problem, options, remaining);
      if (backendName === 'jslp' && !diag.some((d) => d.code !== 'UNKNOWN')) {
        return {
          ...errorResult(backendName, elapsed()),
          message: 'jslp reported infeasible, but no relaxation is needed: backend error',
        };
      }
      return infeasible(diag);
    }
    case 'timeout':
      return {
        ...errorResult(backendName, elapsed()),
        status: 'timeout',
        bound: run.bound ?? null,
        message: 'no roster found within the time limit',
      };
    case 'error':
      return errorResult(backendName, elapsed(), run.message);
  }
}

/** Re-solves with hard rules priced instead of enforced and reports what had to give. */
export async function elastic(
  problem: Problem,
  options: CoreSolveOptions,
  limit: number,
): Promise<Diagnosis[]> {
  const built = buildModel(problem, { elastic: true });
  const run = await highsBackend.solve(built.model, {
    timeLimitSeconds: Math.min(options.elasticTimeLimitSeconds ?? 10, limit),
  });
  if (!run.colValue) {
    return [
      {
        code: 'UNKNOWN',
        message: '无可行排班，且未能在限定时间内定位原因',
        messageEn: 'infeasible; the elastic re-solve found no explanation in time',
        source: 'elastic',
      },
    ];
  }
  const used = built.elasticCols
    .map(({ col, tag }) => ({ tag, amount: run.colValue![col] }))
    .filter((u) => u.amount > 1e-6);
  if (used.length === 0) {
    return [
      {
        code: 'UNKNOWN',
        message: '无可行排班，但放宽检查未发现需要放宽的规则',
        messageEn: 'infeasible, but the elastic re-solve needed no relaxation',
        source: 'elastic',
      },
    ];
  }
  return describeRelaxations(problem, used);
}
