import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
import {
  availabilityMonthSchema,
  type AvailabilityMonth,
  leaderAvailabilitySchema,
  type LeaderAvailabilityBody,
  unitAvailabilitySchema,
  type UnitAvailabilityBody,
} from './availability.schemas.js';
import { AvailabilityService } from './availability.service.js';
import { z } from 'zod';
import { availabilityResponse } from './roster.responses.js';

// Finer rules (a leader only for themself) are in AvailabilityService.
const READERS = ['admin', 'office', 'petition', 'politics', 'leader'] as const;
const WRITERS = ['admin', 'office', 'leader'] as const;

@ApiTags('availability')
@ApiBearerAuth()
@Controller()
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Roles(...READERS)
  @Get('leaders/:id/availability')
  @ApiZodResponse(z.array(availabilityResponse))
  listForLeader(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query(new ZodPipe(availabilityMonthSchema)) q: AvailabilityMonth,
  ) {
    return this.availability.listForLeader(user, id, q.month);
  }

  @Roles(...WRITERS)
  @Post('leaders/:id/availability')
  @ApiZodBody(leaderAvailabilitySchema)
  @ApiZodResponse(z.array(availabilityResponse), 201)
  addForLeader(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(leaderAvailabilitySchema)) body: LeaderAvailabilityBody,
  ) {
    return this.availability.addForLeader(user, id, body.entries);
  }

  @Roles('admin', 'office', 'petition', 'politics')
  @Get('units/:unitId/availability')
  @ApiZodResponse(z.array(availabilityResponse))
  listForUnit(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(availabilityMonthSchema)) q: AvailabilityMonth,
  ) {
    return this.availability.listForUnit(user, unitId, q.month);
  }

  @Roles('admin', 'office')
  @Post('units/:unitId/availability')
  @ApiZodBody(unitAvailabilitySchema)
  @ApiZodResponse(z.array(availabilityResponse), 201)
  addForUnit(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(unitAvailabilitySchema)) body: UnitAvailabilityBody,
  ) {
    return this.availability.addForUnit(user, unitId, body.entries);
  }

  @Roles(...WRITERS)
  @Delete('availability/:id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.availability.remove(user, id);
  }
}
