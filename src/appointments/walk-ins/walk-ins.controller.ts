import { Controller, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, OFFICE, SCREENING } from '../../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../../common/route-params.js';
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

@ApiTags('walk-ins')
@ApiBearerAuth()
@Controller()
export class WalkInsController {
  constructor(
    private readonly walkIns: WalkInsService,
    private readonly steps: WalkInStepsService,
  ) {}

  @Endpoint.post('units/:unitId/walk-ins', { roles: RECORDERS, response: walkInResponse })
  register(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(walkInSchema) body: z.infer<typeof walkInSchema>,
    @Req() req: Request,
  ) {
    return this.walkIns.register(user, unitId, body, ctxOf(req));
  }

  /** Scoped per role (leaders: received or carried; departments: assigned); masked unless revealed. */
  @Endpoint.get('units/:unitId/walk-ins', { roles: 'any', response: walkInPageResponse })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(walkInListSchema) q: z.infer<typeof walkInListSchema>,
    @Req() req: Request,
  ) {
    const { reveal, ...query } = q;
    return this.walkIns.list(user, unitId, query, reveal, ctxOf(req));
  }

  @Endpoint.get('walk-ins/:id', { roles: 'any', response: walkInResponse })
  get(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodQuery(revealSchema) q: z.infer<typeof revealSchema>,
    @Req() req: Request,
  ) {
    return this.walkIns.get(user, id, q.reveal, ctxOf(req));
  }

  @Endpoint.action('walk-ins/:id/close', { roles: RECORDERS, response: walkInResponse })
  close(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(closeWalkInSchema) body: z.infer<typeof closeWalkInSchema>,
    @Req() req: Request,
  ) {
    return this.steps.close(user, id, body.version, body.result, ctxOf(req));
  }

  @Endpoint.action('walk-ins/:id/follow-up', {
    roles: RECORDERS,
    response: walkInResponse,
  })
  followUp(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(followUpSchema) body: z.infer<typeof followUpSchema>,
    @Req() req: Request,
  ) {
    return this.steps.followUp(user, id, body, ctxOf(req));
  }

  @Endpoint.action('walk-ins/:id/case-leader', {
    roles: OFFICE,
    response: walkInResponse,
  })
  caseLeader(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(caseLeaderSchema) body: z.infer<typeof caseLeaderSchema>,
    @Req() req: Request,
  ) {
    return this.steps.reassignCaseLeader(user, id, body, ctxOf(req));
  }

  @Endpoint.action('walk-ins/:id/escalate', {
    roles: SCREENING,
    response: walkInResponse,
  })
  escalate(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(escalateSchema) body: z.infer<typeof escalateSchema>,
    @Req() req: Request,
  ) {
    return this.steps.escalate(user, id, body, ctxOf(req));
  }
}
