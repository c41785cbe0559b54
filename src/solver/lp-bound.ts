/**
 * The full model's LP relaxation, solved by the interior-point method: a bound on every roster
 * where HiGHS's MIP cannot reach one in time. Its root LP uses the dual simplex, which on large
 * rostering models takes many times longer (Curtois 11: 16 s against 2.1 s).
 */
import { createHighsModel } from './backends/highs.js';
import type { HighsRuntime } from './highs-run.js';
import type { LinearModel } from './model/builder.js';

/**
 * Taken off the LP optimum, relative to it: far more than the interior-point method's own
 * tolerance (1e-8), so the reported bound never exceeds the true optimum of the relaxation.
 */
const MARGIN = 1e-6;

/** A lower bound on the model's objective, or undefined when the LP is not solved in time. */
export function lpBound(highs: HighsRuntime, lm: LinearModel, seconds: number): number | undefined {
  if (seconds <= 0) return undefined;
  const model = createHighsModel(highs, lm);
  try {
    model.clearIntegrality();
    model.options.set({
      output_flag: false,
      solver: 'ipm',
      // A basis is not needed, only the optimum's value.
      run_crossover: 'off',
      time_limit: seconds,
    });
    const r = model.run();
    if (r.modelStatus !== highs.constants.modelStatus.optimal) return undefined;
    const z = model.getObjectiveValue();
    return z - MARGIN * Math.max(1, Math.abs(z));
  } finally {
    model.dispose();
  }
}
