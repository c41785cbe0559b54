import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, OFFICE, OFFICE_AND_LEADER } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import {
  approveSchema,
  createRequestSchema,
  noteSchema,
  requestListQuerySchema,
  type CreateRequest,
} from './duty-requests.schemas.js';
import { DutyRequestsService } from './duty-requests.service.js';
import { dutySubstitutesResponse } from '../roster/index.js';
import { dutyRequestResponse } from './duty-requests.responses.js';

@ApiTags('duty-requests')
@ApiBearerAuth()
@Controller()
export class DutyRequestsController {
  constructor(private readonly requests: DutyRequestsService) {}

  /** A leader's account (leader or secretary) asks for leave or a swap; 两办 may file for them. */
  @Endpoint.post('duty-requests', {
    roles: OFFICE_AND_LEADER,
    response: dutyRequestResponse,
  })
  create(@CurrentUser() user: AuthUser, @ZodBody(createRequestSchema) body: CreateRequest) {
    return this.requests.create(user, body);
  }

  @Endpoint.get('units/:unitId/duty-requests', {
    roles: OFFICE_AND_LEADER,
    response: z.array(dutyRequestResponse),
  })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(requestListQuerySchema) q: z.infer<typeof requestListQuerySchema>,
  ) {
    return this.requests.list(user, unitId, q.status ?? 'open');
  }

  @Endpoint.get('duty-requests/:id', {
    roles: OFFICE_AND_LEADER,
    response: dutyRequestResponse,
  })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.requests.get(user, id);
  }

  @Endpoint.get('duty-requests/:id/substitutes', {
    roles: OFFICE,
    response: dutySubstitutesResponse,
  })
  substitutes(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.requests.substitutes(user, id);
  }

  @Endpoint.action('duty-requests/:id/accept', {
    roles: ['leader'],
    response: dutyRequestResponse,
  })
  accept(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.requests.accept(user, id);
  }

  @Endpoint.action('duty-requests/:id/decline', {
    roles: ['leader'],
    response: dutyRequestResponse,
  })
  decline(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(noteSchema) body: z.infer<typeof noteSchema>,
  ) {
    return this.requests.decline(user, id, body.note ?? null);
  }

  @Endpoint.action('duty-requests/:id/withdraw', {
    roles: OFFICE_AND_LEADER,
    response: dutyRequestResponse,
  })
  withdraw(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.requests.withdraw(user, id);
  }

  @Endpoint.action('duty-requests/:id/approve', {
    roles: OFFICE,
    response: dutyRequestResponse,
  })
  approve(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(approveSchema) body: z.infer<typeof approveSchema>,
  ) {
    return this.requests.approve(user, id, body.substituteLeaderId);
  }

  @Endpoint.action('duty-requests/:id/refuse', {
    roles: OFFICE,
    response: dutyRequestResponse,
  })
  refuse(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(noteSchema) body: z.infer<typeof noteSchema>,
  ) {
    return this.requests.refuse(user, id, body.note ?? null);
  }
}
