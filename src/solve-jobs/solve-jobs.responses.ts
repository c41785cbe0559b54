import { z } from 'zod';
import { apiModel } from '../common/api-responses.js';
import { SOLVE_JOB_KINDS, SOLVE_JOB_STATUSES } from './solve-job.entity.js';

const statuses = z.enum(SOLVE_JOB_STATUSES);

/** A roster solve run as a job (GET /solve-jobs/{id}). */
export const solveJobResponse = apiModel(
  'SolveJob',
  z.object({
    id: z.string(),
    kind: z.enum(SOLVE_JOB_KINDS),
    unitId: z.string(),
    month: z.string(),
    status: statuses,
    /** Jobs ahead of this one in the shared queue (queued jobs only). */
    queuePosition: z.number().nullable(),
    attempt: z.number(),
    rosterId: z.string().nullable(),
    requestedBy: z.string(),
    progress: z
      .object({
        phase: z.enum(['queued', 'preparing', 'solving', 'writing', 'done']),
        seconds: z.number(),
        objective: z.number().nullable(),
        bound: z.number().nullable(),
        gap: z.number().nullable(),
        improvements: z.number(),
        limitSeconds: z.number().optional(),
      })
      .nullable(),
    /** The best roster found so far (the month's duties), while running or when kept. */
    best: z
      .object({
        objective: z.number(),
        duties: z.array(z.object({ date: z.string(), session: z.string(), leaderId: z.string() })),
      })
      .nullable(),
    cancelRequested: z.boolean(),
    keptBest: z.boolean(),
    /** The error answer the run ended with; details as the error carried them (a diagnosis). */
    failure: z
      .object({
        status: z.number(),
        code: z.string(),
        message: z.string(),
        field: z.string().optional(),
        details: z.record(z.string(), z.unknown()).optional(),
      })
      .nullable(),
    revision: z.number(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  }),
);

/** The answer to a stop: the job, and what was kept (zh-CN). */
export const stoppedJobResponse = apiModel(
  'StoppedSolveJob',
  z.intersection(solveJobResponse, z.object({ message: z.string() })),
);

export const jobQueuesResponse = apiModel(
  'SolveJobQueues',
  z.object({
    /** Jobs per status, every status listed. */
    counts: z.record(z.string(), z.number()),
    workersPerReplica: z.number(),
    jobs: z.array(solveJobResponse),
  }),
);
