import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, STAFF } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import {
  acceptSchema,
  appointmentQuerySchema,
  extendSchema,
  figuresQuerySchema,
  matchSchema,
  postponeSchema,
  reassignSchema,
  receptionListQuerySchema,
  receptionSchema,
} from './appointments.schemas.js';
import { AppointmentsService } from './appointments.service.js';
import { MatchingService } from './matching.service.js';
import { ReceptionsService } from './receptions.service.js';
import {
  appointmentResponse,
  matchOutcomeResponse,
  receptionFiguresResponse,
  receptionRecordPageResponse,
  receptionSavedResponse,
} from './appointments.responses.js';

@ApiTags('appointments')
@ApiBearerAuth()
@Controller()
export class AppointmentsController {
  constructor(
    private readonly matching: MatchingService,
    private readonly appointments: AppointmentsService,
    private readonly receptions: ReceptionsService,
  ) {}

  @Endpoint.action('units/:unitId/appointments/match', {
    roles: STAFF,
    response: matchOutcomeResponse,
  })
  match(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(matchSchema) body: z.infer<typeof matchSchema>,
  ) {
    return this.matching.match(user, unitId, body.month);
  }

  @Endpoint.get('units/:unitId/appointments', {
    roles: 'any',
    response: z.array(appointmentResponse),
  })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(appointmentQuerySchema) q: z.infer<typeof appointmentQuerySchema>,
  ) {
    return this.appointments.list(user, unitId, q);
  }

  @Endpoint.get('appointments/:id', { roles: 'any', response: appointmentResponse })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.appointments.get(user, id);
  }

  @Endpoint.action('appointments/:id/accept', {
    roles: STAFF,
    response: appointmentResponse,
  })
  accept(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(acceptSchema) body: z.infer<typeof acceptSchema>,
  ) {
    return this.appointments.accept(user, id, body.version);
  }

  @Endpoint.action('appointments/:id/reassign', {
    roles: STAFF,
    response: appointmentResponse,
  })
  reassign(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(reassignSchema) body: z.infer<typeof reassignSchema>,
  ) {
    return this.appointments.reassign(user, id, body);
  }

  @Endpoint.action('appointments/:id/postpone', {
    roles: STAFF,
    response: appointmentResponse,
  })
  postpone(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(postponeSchema) body: z.infer<typeof postponeSchema>,
  ) {
    return this.appointments.postpone(user, id, body);
  }

  @Endpoint.post('appointments/:id/reception', { roles: STAFF, response: receptionSavedResponse })
  recordReception(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(receptionSchema) body: z.infer<typeof receptionSchema>,
  ) {
    return this.receptions.record(user, id, body);
  }

  @Endpoint.action('reception-records/:id/extend', {
    roles: STAFF,
    response: receptionSavedResponse,
  })
  extend(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(extendSchema) body: z.infer<typeof extendSchema>,
  ) {
    return this.receptions.extend(user, id, body.reason);
  }

  /** Every role that sees cases sees the records of the cases it may see (same scope). */
  @Endpoint.get('units/:unitId/reception-records', {
    roles: 'any',
    response: receptionRecordPageResponse,
  })
  receptionRecords(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(receptionListQuerySchema) q: z.infer<typeof receptionListQuerySchema>,
  ) {
    return this.receptions.list(user, unitId, q);
  }

  @Endpoint.get('units/:unitId/reception-figures', {
    roles: STAFF,
    response: receptionFiguresResponse,
  })
  figures(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(figuresQuerySchema) q: z.infer<typeof figuresQuerySchema>,
  ) {
    return this.receptions.figures(user, unitId, q.year);
  }
}
