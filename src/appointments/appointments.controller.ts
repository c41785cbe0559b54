import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

const STAFF = ['admin', 'office', 'petition', 'politics'] as const;

@ApiTags('appointments')
@ApiBearerAuth()
@Controller()
export class AppointmentsController {
  constructor(
    private readonly matching: MatchingService,
    private readonly appointments: AppointmentsService,
    private readonly receptions: ReceptionsService,
  ) {}

  @Roles(...STAFF)
  @Post('units/:unitId/appointments/match')
  @HttpCode(200)
  @ApiZodBody(matchSchema)
  @ApiZodResponse(matchOutcomeResponse)
  match(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(matchSchema)) body: z.infer<typeof matchSchema>,
  ) {
    return this.matching.match(user, unitId, body.month);
  }

  @AnyRole()
  @Get('units/:unitId/appointments')
  @ApiZodResponse(z.array(appointmentResponse))
  list(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(appointmentQuerySchema)) q: z.infer<typeof appointmentQuerySchema>,
  ) {
    return this.appointments.list(user, unitId, q);
  }

  @AnyRole()
  @Get('appointments/:id')
  @ApiZodResponse(appointmentResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.appointments.get(user, id);
  }

  @Roles(...STAFF)
  @Post('appointments/:id/accept')
  @HttpCode(200)
  @ApiZodBody(acceptSchema)
  @ApiZodResponse(appointmentResponse)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(acceptSchema)) body: z.infer<typeof acceptSchema>,
  ) {
    return this.appointments.accept(user, id, body.version);
  }

  @Roles(...STAFF)
  @Post('appointments/:id/reassign')
  @HttpCode(200)
  @ApiZodBody(reassignSchema)
  @ApiZodResponse(appointmentResponse)
  reassign(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(reassignSchema)) body: z.infer<typeof reassignSchema>,
  ) {
    return this.appointments.reassign(user, id, body);
  }

  @Roles(...STAFF)
  @Post('appointments/:id/postpone')
  @HttpCode(200)
  @ApiZodBody(postponeSchema)
  @ApiZodResponse(appointmentResponse)
  postpone(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(postponeSchema)) body: z.infer<typeof postponeSchema>,
  ) {
    return this.appointments.postpone(user, id, body);
  }

  @Roles(...STAFF)
  @Post('appointments/:id/reception')
  @ApiZodBody(receptionSchema)
  @ApiZodResponse(receptionSavedResponse, 201)
  recordReception(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(receptionSchema)) body: z.infer<typeof receptionSchema>,
  ) {
    return this.receptions.record(user, id, body);
  }

  @Roles(...STAFF)
  @Post('reception-records/:id/extend')
  @HttpCode(200)
  @ApiZodBody(extendSchema)
  @ApiZodResponse(receptionSavedResponse)
  extend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(extendSchema)) body: z.infer<typeof extendSchema>,
  ) {
    return this.receptions.extend(user, id, body.reason);
  }

  /** Every role that sees cases sees the records of the cases it may see (same scope). */
  @AnyRole()
  @Get('units/:unitId/reception-records')
  @ApiZodResponse(receptionRecordPageResponse)
  receptionRecords(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(receptionListQuerySchema)) q: z.infer<typeof receptionListQuerySchema>,
  ) {
    return this.receptions.list(user, unitId, q);
  }

  @Roles(...STAFF)
  @Get('units/:unitId/reception-figures')
  @ApiZodResponse(receptionFiguresResponse)
  figures(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(figuresQuerySchema)) q: z.infer<typeof figuresQuerySchema>,
  ) {
    return this.receptions.figures(user, unitId, q.year);
  }
}
