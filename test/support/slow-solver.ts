import { jest } from '@jest/globals';
import { SolveAbortedError, SolverPool, type SolveOptions } from '../../src/solver/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes the solver threads behave like a long HiGHS run: the real roster is found first, then
 * reported as `improvements` improving rosters `stepMs` apart (worse penalties first, the real one
 * last); then it returns (finish) or runs until stopped. Restore with mockRestore().
 */
export function slowSolver(opts: { improvements: number; stepMs: number; finish: boolean }) {
  const original = SolverPool.prototype.solve;
  return jest.spyOn(SolverPool.prototype, 'solve').mockImplementation(async function (
    this: SolverPool,
    problem,
    options: SolveOptions = {},
  ) {
    const started = performance.now();
    const real = await original.call(this, problem, { backend: options.backend });
    const objective = real.objective ?? 0;
    for (let i = 0; i < opts.improvements && !options.signal?.aborted; i++) {
      await sleep(opts.stepMs);
      const claimed = objective + (opts.improvements - 1 - i);
      options.onIncumbent?.(real.assignments, claimed);
      options.onProgress?.({
        seconds: (performance.now() - started) / 1000,
        objective: claimed,
        bound: objective - 1,
      });
    }
    if (opts.finish) return real;
    if (!options.signal?.aborted) {
      await new Promise((r) => options.signal?.addEventListener('abort', r, { once: true }));
    }
    throw new SolveAbortedError();
  });
}
