import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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
  @Roles('admin', 'office', 'leader')
  @Post('duty-requests')
  @ApiZodBody(createRequestSchema)
  @ApiZodResponse(dutyRequestResponse, 201)
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodPipe(createRequestSchema)) body: CreateRequest,
  ) {
    return this.requests.create(user, body);
  }

  @Roles('admin', 'office', 'leader')
  @Get('units/:unitId/duty-requests')
  @ApiZodResponse(z.array(dutyRequestResponse))
  list(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(requestListQuerySchema)) q: z.infer<typeof requestListQuerySchema>,
  ) {
    return this.requests.list(user, unitId, q.status ?? 'open');
  }

  @Roles('admin', 'office', 'leader')
  @Get('duty-requests/:id')
  @ApiZodResponse(dutyRequestResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.requests.get(user, id);
  }

  @Roles('admin', 'office')
  @Get('duty-requests/:id/substitutes')
  @ApiZodResponse(dutySubstitutesResponse)
  substitutes(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.requests.substitutes(user, id);
  }

  @Roles('leader')
  @Post('duty-requests/:id/accept')
  @HttpCode(200)
  @ApiZodResponse(dutyRequestResponse)
  accept(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.requests.accept(user, id);
  }

  @Roles('leader')
  @Post('duty-requests/:id/decline')
  @HttpCode(200)
  @ApiZodBody(noteSchema)
  @ApiZodResponse(dutyRequestResponse)
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(noteSchema)) body: z.infer<typeof noteSchema>,
  ) {
    return this.requests.decline(user, id, body.note ?? null);
  }

  @Roles('admin', 'office', 'leader')
  @Post('duty-requests/:id/withdraw')
  @HttpCode(200)
  @ApiZodResponse(dutyRequestResponse)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.requests.withdraw(user, id);
  }

  @Roles('admin', 'office')
  @Post('duty-requests/:id/approve')
  @HttpCode(200)
  @ApiZodBody(approveSchema)
  @ApiZodResponse(dutyRequestResponse)
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(approveSchema)) body: z.infer<typeof approveSchema>,
  ) {
    return this.requests.approve(user, id, body.substituteLeaderId);
  }

  @Roles('admin', 'office')
  @Post('duty-requests/:id/refuse')
  @HttpCode(200)
  @ApiZodBody(noteSchema)
  @ApiZodResponse(dutyRequestResponse)
  refuse(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(noteSchema)) body: z.infer<typeof noteSchema>,
  ) {
    return this.requests.refuse(user, id, body.note ?? null);
  }
}
