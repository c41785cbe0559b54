import type { LinearModel } from '../model/builder.js';

export interface BackendProgress {
  seconds: number;
  objective: number | null;
  bound: number | null;
}

export interface BackendOptions {
  timeLimitSeconds: number;
  /** Each improving integer solution (HiGHS only), for progress and for kill-at-deadline recovery. */
  onIncumbent?: (colValue: Float64Array, objective: number) => void;
  onProgress?: (p: BackendProgress) => void;
}

export interface BackendResult {
  /** 'optimal' only when the backend proves it; 'feasible' = has a solution, no proof. */
  status: 'optimal' | 'feasible' | 'infeasible' | 'timeout' | 'error';
  colValue?: Float64Array;
  /** Model objective including the offset, as the backend computed it. */
  objective?: number;
  bound?: number;
  message?: string;
}

/** A MIP solver behind one interface; the model arrives as arrays, never as LP text. */
export interface Backend {
  readonly name: 'highs' | 'jslp';
  solve(model: LinearModel, options: BackendOptions): Promise<BackendResult>;
}
