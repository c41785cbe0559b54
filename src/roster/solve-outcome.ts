import type { Diagnosis } from '../solver/index.js';

/**
 * Why solving a month gave no roster. Outcomes of planning the office can act on (relax what the
 * diagnosis names, try again later), not faults: services return them and the edge that answers
 * the request (src/solve-jobs/solve-failure.ts) turns them into an error answer.
 */
export type SolveRefusal =
  | { ok: false; reason: 'infeasible'; diagnosis: Diagnosis[] }
  | { ok: false; reason: 'timeout' }
  | { ok: false; reason: 'cancelled' };

/** A roster step that runs the solver: what it made, or why it made nothing. */
export type Solved<T> = { ok: true; value: T } | SolveRefusal;
