import { z } from 'zod';
import { queryInt } from '../common/bounds.js';
import { SOLVE_JOB_STATUSES } from './solve-job.entity.js';

/** `?wait=N`: answer with the result when it is ready within N seconds (the old behaviour). */
export const waitQuerySchema = z.strictObject({ wait: queryInt(0, 120).optional() });

export const queuesQuerySchema = z.strictObject({ status: z.enum(SOLVE_JOB_STATUSES).optional() });
