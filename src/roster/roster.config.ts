import { int } from '../common/env.js';

/** Roster generation. */
export const rosterConfigShape = {
  SOLVER_TIME_LIMIT_SECONDS: int(20, 1, 600),
  /** Solver threads per replica, each running one solve job at a time (0: this replica only asks). */
  SOLVER_WORKERS: int(1, 0, 16),
  /** A running solve job whose replica sent no heartbeat for this long is retried elsewhere. */
  SOLVER_JOB_STALE_SECONDS: int(20, 3, 3600),
};
