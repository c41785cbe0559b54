import { Controller, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import { amendSchema, createRosterSchema, solveSchema } from '../roster/index.js';
import { streamJob } from './job-events.js';
import type { SolveJob } from './solve-job.entity.js';
import { queuesQuerySchema, waitQuerySchema } from './solve-jobs.schemas.js';
import { SolveJobsService } from './solve-jobs.service.js';
import { jobQueuesResponse, solveJobResponse, stoppedJobResponse } from './solve-jobs.responses.js';

type Wait = z.infer<typeof waitQuerySchema>;

/**
 * Generate, re-solve and amend run as jobs: 202 `{jobId}` at once, or with `?wait=N` the roster
 * (201/200 as before) when it is ready within N seconds, else still 202.
 */
@ApiTags('solve-jobs')
@ApiBearerAuth()
@Controller()
export class SolveJobsController {
  constructor(private readonly jobs: SolveJobsService) {}

  @Endpoint.post('units/:unitId/rosters', { roles: OFFICE })
  async create(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(createRosterSchema) body: z.infer<typeof createRosterSchema>,
    @ZodQuery(waitQuerySchema) q: Wait,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.answer(user, await this.jobs.generate(user, unitId, body.month), q, res, 201);
  }

  @Endpoint.post('rosters/:id/solve', { roles: OFFICE })
  async solve(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(solveSchema) body: z.infer<typeof solveSchema>,
    @ZodQuery(waitQuerySchema) q: Wait,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.answer(user, await this.jobs.resolve(user, id, body.version), q, res, 200);
  }

  @Endpoint.post('rosters/:id/amend', { roles: OFFICE })
  async amend(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(amendSchema) body: z.infer<typeof amendSchema>,
    @ZodQuery(waitQuerySchema) q: Wait,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.answer(user, await this.jobs.amend(user, id, body.reason), q, res, 200);
  }

  private async answer(user: AuthUser, job: SolveJob, q: Wait, res: Response, done: number) {
    if (q.wait) {
      const result = await this.jobs.outcome(user, job, q.wait);
      if (result) {
        res.status(done);
        return result;
      }
      job = await this.jobs.find(user, job.id);
    }
    res.status(202).location(`/api/v1/solve-jobs/${job.id}`);
    return { jobId: job.id, ...(await this.jobs.view(job)) };
  }

  @Endpoint.get('solve-jobs', { roles: ['admin'], response: jobQueuesResponse })
  queues(@ZodQuery(queuesQuerySchema) q: z.infer<typeof queuesQuerySchema>) {
    return this.jobs.queues(q.status);
  }

  @Endpoint.get('units/:unitId/solve-jobs', { roles: 'any', response: z.array(solveJobResponse) })
  recent(@CurrentUser() user: AuthUser, @IdParam('unitId') unitId: string) {
    return this.jobs.recentForUnit(user, unitId);
  }

  @Endpoint.get('solve-jobs/:id', { roles: 'any', response: solveJobResponse })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.jobs.get(user, id);
  }

  /** Progress as Server-Sent Events (GET /solve-jobs/{id} is the polling fallback). */
  @Endpoint.get('solve-jobs/:id/events', { roles: 'any' })
  async events(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.jobs.find(user, id); // 404/403 as JSON, before the stream starts
    await streamJob(req, res, () => this.jobs.get(user, id));
  }

  @Endpoint.delete('solve-jobs/:id', { roles: OFFICE, response: stoppedJobResponse })
  cancel(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.jobs.cancel(user, id);
  }
}
