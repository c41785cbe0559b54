import { Body, Controller, Delete, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

  @Roles('admin', 'office')
  @Post('units/:unitId/rosters')
  @ApiZodBody(createRosterSchema)
  async create(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(createRosterSchema)) body: z.infer<typeof createRosterSchema>,
    @Query(new ZodPipe(waitQuerySchema)) q: Wait,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.answer(user, await this.jobs.generate(user, unitId, body.month), q, res, 201);
  }

  @Roles('admin', 'office')
  @Post('rosters/:id/solve')
  @ApiZodBody(solveSchema)
  async solve(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(solveSchema)) body: z.infer<typeof solveSchema>,
    @Query(new ZodPipe(waitQuerySchema)) q: Wait,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.answer(user, await this.jobs.resolve(user, id, body.version), q, res, 200);
  }

  @Roles('admin', 'office')
  @Post('rosters/:id/amend')
  @ApiZodBody(amendSchema)
  async amend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(amendSchema)) body: z.infer<typeof amendSchema>,
    @Query(new ZodPipe(waitQuerySchema)) q: Wait,
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

  @Roles('admin')
  @Get('solve-jobs')
  @ApiZodResponse(jobQueuesResponse)
  queues(@Query(new ZodPipe(queuesQuerySchema)) q: z.infer<typeof queuesQuerySchema>) {
    return this.jobs.queues(q.status);
  }

  @AnyRole()
  @Get('units/:unitId/solve-jobs')
  @ApiZodResponse(z.array(solveJobResponse))
  recent(@CurrentUser() user: AuthUser, @Param('unitId', UuidPipe) unitId: string) {
    return this.jobs.recentForUnit(user, unitId);
  }

  @AnyRole()
  @Get('solve-jobs/:id')
  @ApiZodResponse(solveJobResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.jobs.get(user, id);
  }

  /** Progress as Server-Sent Events (GET /solve-jobs/{id} is the polling fallback). */
  @AnyRole()
  @Get('solve-jobs/:id/events')
  async events(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.jobs.find(user, id); // 404/403 as JSON, before the stream starts
    await streamJob(req, res, () => this.jobs.get(user, id));
  }

  @Roles('admin', 'office')
  @Delete('solve-jobs/:id')
  @ApiZodResponse(stoppedJobResponse)
  cancel(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.jobs.cancel(user, id);
  }
}
