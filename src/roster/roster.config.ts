import { int } from '../config/env.js';

/** Roster generation. */
export const rosterConfigShape = {
  SOLVER_TIME_LIMIT_SECONDS: int(20, 1, 600),
};
