import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../../auth/index.js';
import { ApiZodResponse } from '../../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../../common/zod-validation.js';
import type { RequestContext } from '../cases.service.js';
import {
  caseLeaderSchema,
  closeWalkInSchema,
  escalateSchema,
  followUpSchema,
  revealSchema,
  walkInListSchema,
  walkInSchema,
} from './walk-ins.schemas.js';
import { WalkInStepsService } from './walk-in-steps.service.js';
import { WalkInsService } from './walk-ins.service.js';
import { walkInPageResponse, walkInResponse } from '../appointments.responses.js';

const ctxOf = (req: Request & { id?: unknown }): RequestContext => ({
  ip: req.ip,
  requestId: req.id ? String(req.id) : undefined,
});

/** 信访局 registers and closes walk-ins; 两办 may reassign the 包案 leader. */
const RECORDERS = ['admin', 'petition'] as const;
const SCREENING = ['admin', 'petition', 'politics'] as const;

@ApiTags('walk-ins')
@ApiBearerAuth()
@Controller()
export class WalkInsController {
  constructor(
    private readonly walkIns: WalkInsService,
    private readonly steps: WalkInStepsService,
  ) {}

  @Roles(...RECORDERS)
  @Post('units/:unitId/walk-ins')
  @ApiZodBody(walkInSchema)
  @ApiZodResponse(walkInResponse, 201)
  register(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(walkInSchema)) body: z.infer<typeof walkInSchema>,
    @Req() req: Request,
  ) {
    return this.walkIns.register(user, unitId, body, ctxOf(req));
  }

  /** Scoped per role (leaders: received or carried; departments: assigned); masked unless revealed. */
  @AnyRole()
  @Get('units/:unitId/walk-ins')
  @ApiZodResponse(walkInPageResponse)
  list(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(walkInListSchema)) q: z.infer<typeof walkInListSchema>,
    @Req() req: Request,
  ) {
    const { reveal, ...query } = q;
    return this.walkIns.list(user, unitId, query, reveal, ctxOf(req));
  }

  @AnyRole()
  @Get('walk-ins/:id')
  @ApiZodResponse(walkInResponse)
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query(new ZodPipe(revealSchema)) q: z.infer<typeof revealSchema>,
    @Req() req: Request,
  ) {
    return this.walkIns.get(user, id, q.reveal, ctxOf(req));
  }

  @Roles(...RECORDERS)
  @Post('walk-ins/:id/close')
  @HttpCode(200)
  @ApiZodBody(closeWalkInSchema)
  @ApiZodResponse(walkInResponse)
  close(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(closeWalkInSchema)) body: z.infer<typeof closeWalkInSchema>,
    @Req() req: Request,
  ) {
    return this.steps.close(user, id, body.version, body.result, ctxOf(req));
  }

  @Roles(...RECORDERS)
  @Post('walk-ins/:id/follow-up')
  @HttpCode(200)
  @ApiZodBody(followUpSchema)
  @ApiZodResponse(walkInResponse)
  followUp(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(followUpSchema)) body: z.infer<typeof followUpSchema>,
    @Req() req: Request,
  ) {
    return this.steps.followUp(user, id, body, ctxOf(req));
  }

  @Roles('admin', 'office')
  @Post('walk-ins/:id/case-leader')
  @HttpCode(200)
  @ApiZodBody(caseLeaderSchema)
  @ApiZodResponse(walkInResponse)
  caseLeader(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(caseLeaderSchema)) body: z.infer<typeof caseLeaderSchema>,
    @Req() req: Request,
  ) {
    return this.steps.reassignCaseLeader(user, id, body, ctxOf(req));
  }

  @Roles(...SCREENING)
  @Post('walk-ins/:id/escalate')
  @HttpCode(200)
  @ApiZodBody(escalateSchema)
  @ApiZodResponse(walkInResponse)
  escalate(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(escalateSchema)) body: z.infer<typeof escalateSchema>,
    @Req() req: Request,
  ) {
    return this.steps.escalate(user, id, body, ctxOf(req));
  }
}
