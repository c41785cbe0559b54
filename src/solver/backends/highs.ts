import highsModule from 'highs';
import type { LinearModel } from '../model/builder.js';
import type { Backend, BackendOptions, BackendResult } from './types.js';

// highs is CommonJS with ES-style typings: under ESM the default import is the loader itself.
const loadHighs = highsModule as unknown as typeof highsModule.default;

type HighsRuntime = Awaited<ReturnType<typeof loadHighs>>;
let runtime: Promise<HighsRuntime> | undefined;

/** One WASM instance per thread; compiling it costs ~0.1 s, so it is kept for the thread's life. */
export function getHighs(): Promise<HighsRuntime> {
  runtime ??= loadHighs();
  return runtime;
}

/** Current WASM linear memory of this thread's HiGHS (it only ever grows). */
export async function highsMemoryBytes(): Promise<number> {
  return (await getHighs()).memoryBytes;
}

/** Hands the model to HiGHS as CSR arrays (no LP text to parse). */
export function createHighsModel(highs: HighsRuntime, lm: LinearModel) {
  return highs.createModel({
    numCols: lm.numCols,
    numRows: lm.numRows,
    offset: lm.offset,
    colCost: lm.colCost,
    colLower: lm.colLower,
    colUpper: lm.colUpper,
    rowLower: lm.rowLower,
    rowUpper: lm.rowUpper,
    matrix: {
      format: 'csr',
      numRows: lm.numRows,
      numCols: lm.numCols,
      starts: lm.starts,
      indices: lm.indices,
      values: lm.values,
    },
    integrality: Array.from(lm.integrality, (v) => (v ? 1 : 0)),
  });
}

export const highsBackend: Backend = {
  name: 'highs',
  async solve(lm: LinearModel, options: BackendOptions): Promise<BackendResult> {
    const highs = await getHighs();
    const started = performance.now();
    const model = createHighsModel(highs, lm);
    try {
      model.options.set({
        output_flag: false,
        time_limit: Math.max(0.01, options.timeLimitSeconds),
        // Weights are integers, so the objective is integral and an absolute gap below 1 is a proof.
        mip_rel_gap: 0,
        mip_abs_gap: 0.999,
      });
      const cb = highs.constants.callbackType;
      const run = model.run({
        [cb.mipImprovingSolution]: (e) => {
          const obj = e.data.objective_function_value;
          if (e.data.mip_solution && obj !== undefined)
            options.onIncumbent?.(e.data.mip_solution, obj);
          options.onProgress?.({
            seconds: (performance.now() - started) / 1000,
            objective: obj ?? null,
            bound: e.data.mip_dual_bound ?? null,
          });
        },
      });
      const ms = highs.constants.modelStatus;
      const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
      const colValue = hasSolution ? model.getSolution().colValue : undefined;
      const objective = hasSolution ? model.getObjectiveValue() : undefined;
      const dual = lm.integrality.some((v) => v)
        ? Number(model.info.get('mip_dual_bound'))
        : objective;
      const bound = dual !== undefined && Number.isFinite(dual) ? dual : undefined;
      switch (run.modelStatus) {
        case ms.optimal:
          return { status: 'optimal', colValue, objective, bound: objective };
        case ms.empty:
          return {
            status: 'optimal',
            colValue: new Float64Array(0),
            objective: lm.offset,
            bound: lm.offset,
          };
        case ms.infeasible:
        case ms.unboundedOrInfeasible:
          return { status: 'infeasible' };
        case ms.timeLimit:
        case ms.interrupted:
        case ms.iterationLimit:
        case ms.solutionLimit:
        case ms.objectiveBound:
        case ms.objectiveTarget:
          return hasSolution
            ? { status: 'feasible', colValue, objective, bound }
            : { status: 'timeout', bound };
        case ms.notSet:
        case ms.loadError:
        case ms.modelError:
        case ms.presolveError:
        case ms.solveError:
        case ms.postsolveError:
        case ms.unbounded:
        case ms.unknown:
          return { status: 'error', message: `HiGHS model status ${run.modelStatus}` };
      }
    } finally {
      model.dispose();
    }
  },
};
