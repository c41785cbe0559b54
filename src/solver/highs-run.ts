/**
 * One HiGHS MIP run with the search's stopping rules: a time or node budget, giving up when no
 * roster comes, settling when rosters stop improving. Shared by the search and the constructions.
 */
import { createHighsModel, getHighs } from './backends/highs.js';

const MAX_INT = 2147483647;

export type HighsRuntime = Awaited<ReturnType<typeof getHighs>>;
export type HighsModel = ReturnType<typeof createHighsModel>;

export interface Outcome {
  proven: boolean;
  infeasible: boolean;
  colValue?: Float64Array;
  objective?: number;
  bound?: number;
  nodes: number;
}

export interface RunLimits {
  seconds: number;
  /** Branch-and-bound nodes (the deterministic mode's budget: work, not time). */
  nodes?: number;
  /** Stop early when no roster has turned up after this many seconds. */
  giveUpAfter?: number;
  /**
   * Stop once a roster has turned up, this many seconds have passed and none better has come
   * for as long again (while HiGHS keeps improving, it keeps the time).
   */
  settleAfter?: number;
  /** Stop at this many improving rosters (the deterministic mode stops the probe at the first). */
  solutions?: number;
  /** More HiGHS options (names as HiGHS spells them), for this run only. */
  options?: Readonly<Record<string, boolean | number | string>>;
}

/**
 * The final full solve's options: no strong branching (pseudo-costs trusted at once). From the
 * search's roster most of a default run's time goes to strong branching (Curtois 6: 126 000 of
 * 206 000 LP iterations); without it Curtois 5 reaches its optimum at 26 s instead of 44 s and
 * Curtois 7 improves where the default finds nothing in 60 s.
 */
export const IMPROVE = { mip_pscost_minreliable: 0 } as const;

export function run(
  highs: HighsRuntime,
  model: HighsModel,
  limits: RunLimits,
  onImproving?: (col: Float64Array, obj: number, bound: number | undefined) => void,
): Outcome {
  const { giveUpAfter = Infinity, settleAfter = Infinity } = limits;
  const started = performance.now();
  let found = false;
  let improved = 0;
  // Weights are integers, so the objective is integral and an absolute gap below 1 is a proof.
  model.options.set({
    output_flag: false,
    mip_rel_gap: 0,
    mip_abs_gap: 0.999,
    mip_max_improving_sols: limits.solutions ?? MAX_INT,
    mip_max_nodes: limits.nodes ?? MAX_INT,
    time_limit: Math.max(0.01, limits.seconds),
    ...limits.options,
  });
  const cb = highs.constants.callbackType;
  // Options stay set on a model, and the full model and its sub-problems share one.
  const own = Object.keys(limits.options ?? {});
  let r: ReturnType<HighsModel['run']>;
  try {
    r = model.run({
      [cb.mipImprovingSolution]: (e) => {
        found = true;
        improved = (performance.now() - started) / 1000;
        const obj = e.data.objective_function_value;
        const dual = e.data.mip_dual_bound;
        if (e.data.mip_solution && obj !== undefined)
          onImproving?.(e.data.mip_solution, obj, Number.isFinite(dual) ? dual : undefined);
      },
      [cb.mipInterrupt]: (e) => {
        const t = (performance.now() - started) / 1000;
        if (found ? t > settleAfter && t - improved > settleAfter : t > giveUpAfter) e.interrupt();
      },
    });
  } finally {
    model.options.set(Object.fromEntries(own.map((k) => [k, model.options.describe(k).default])));
  }
  const ms = highs.constants.modelStatus;
  const has = Number(model.info.get('primal_solution_status')) === 2;
  const dual = Number(model.info.get('mip_dual_bound'));
  return {
    proven: r.modelStatus === ms.optimal || r.modelStatus === ms.empty,
    infeasible: r.modelStatus === ms.infeasible || r.modelStatus === ms.unboundedOrInfeasible,
    colValue: has ? Float64Array.from(model.getSolution().colValue) : undefined,
    objective: has ? model.getObjectiveValue() : undefined,
    bound: Number.isFinite(dual) ? dual : undefined,
    nodes: Number(model.info.get('mip_node_count')) || 0,
  };
}
