import jslpModule from 'javascript-lp-solver';

// The package's typings describe its CommonJS build; under ESM the default import is the solver.
const solver = jslpModule as unknown as typeof jslpModule.default;
import type { LinearModel } from '../model/builder.js';
import type { Backend, BackendOptions, BackendResult } from './types.js';

/**
 * javascript-lp-solver. Its claims are not trusted: it proves no bound (never 'optimal'), its
 * infeasibility verdicts are re-checked by the caller, and the caller hard-kills the thread at the
 * time limit because its own timeout is overrun.
 */
export const jslpBackend: Backend = {
  name: 'jslp',
  solve(lm: LinearModel, options: BackendOptions): Promise<BackendResult> {
    const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
    const variables: Record<string, Record<string, number>> = {};
    const ints: Record<string, 1> = {};
    for (let j = 0; j < lm.numCols; j++) {
      const v: Record<string, number> = { cost: lm.colCost[j] };
      if (Number.isFinite(lm.colUpper[j])) {
        constraints[`u${j}`] = { max: lm.colUpper[j] };
        v[`u${j}`] = 1;
      }
      if (lm.colLower[j] > 0) {
        constraints[`l${j}`] = { min: lm.colLower[j] };
        v[`l${j}`] = 1;
      }
      variables[`c${j}`] = v;
      if (lm.integrality[j]) ints[`c${j}`] = 1;
    }
    for (let i = 0; i < lm.numRows; i++) {
      const lo = lm.rowLower[i];
      const hi = lm.rowUpper[i];
      const c: { min?: number; max?: number; equal?: number } = {};
      if (lo === hi) c.equal = lo;
      else {
        if (Number.isFinite(lo)) c.min = lo;
        if (Number.isFinite(hi)) c.max = hi;
      }
      constraints[`r${i}`] = c;
      for (let k = lm.starts[i]; k < lm.starts[i + 1]; k++)
        variables[`c${lm.indices[k]}`][`r${i}`] = lm.values[k];
    }
    const result = solver.Solve({
      optimize: 'cost',
      opType: 'min',
      constraints,
      variables,
      ints,
      options: { timeout: Math.max(1, Math.floor(options.timeLimitSeconds * 1000)) },
    } as never) as unknown as Record<string, number | boolean | undefined>;
    if (!result.feasible) return Promise.resolve({ status: 'infeasible' });
    const colValue = new Float64Array(lm.numCols);
    for (let j = 0; j < lm.numCols; j++) {
      const v = result[`c${j}`];
      if (typeof v === 'number') colValue[j] = v;
    }
    const objective = Number(result.result ?? 0) + lm.offset;
    return Promise.resolve({ status: 'feasible', colValue, objective });
  },
};
