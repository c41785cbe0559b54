import { AppError } from '../common/app-error.js';
import { isErrorCode } from '../common/error-catalogue.js';
import type { SolveRefusal } from '../roster/index.js';
import type { SolveJobFailure } from './solve-job.entity.js';

/** The answer to a solve that gave no roster: the one place refusals become HTTP errors. */
export function refusalError(refusal: SolveRefusal): AppError {
  switch (refusal.reason) {
    case 'infeasible':
      return new AppError('ROSTER_INFEASIBLE', undefined, {
        details: { diagnosis: refusal.diagnosis },
      });
    case 'timeout':
      return new AppError('SOLVER_TIMEOUT');
    case 'cancelled':
      return new AppError('SOLVE_CANCELLED');
  }
}

/** How a job's failure is kept in its row (the job view shows it): an error answer, or a fault. */
export function failureOf(err: unknown): SolveJobFailure {
  const error =
    err instanceof AppError
      ? err
      : new AppError('SOLVE_FAILED', { detail: err instanceof Error ? err.message : String(err) });
  return {
    status: error.status,
    code: error.code,
    message: error.message,
    ...(error.field !== undefined && { field: error.field }),
    ...(Object.keys(error.details).length > 0 && { details: error.details }),
  };
}

/**
 * A failed job's failure raised again, as the synchronous answer (`?wait=N`) gives it. A fault
 * stays a fault (500 INTERNAL_ERROR, logged); a stop without a roster is SOLVE_CANCELLED.
 */
export function failureError(failure: SolveJobFailure | null): Error {
  if (!failure) return new AppError('SOLVE_CANCELLED');
  if (failure.code === 'SOLVE_FAILED' || !isErrorCode(failure.code)) {
    return new Error(failure.message);
  }
  return new AppError(failure.code, failure.message, {
    field: failure.field,
    details: failure.details,
  });
}
