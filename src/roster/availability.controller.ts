import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type AuthUser,
  CurrentUser,
  Endpoint,
  OFFICE,
  OFFICE_AND_LEADER,
  STAFF,
} from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
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
const READERS = [...STAFF, 'leader'] as const;

@ApiTags('availability')
@ApiBearerAuth()
@Controller()
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Endpoint.get('leaders/:id/availability', {
    roles: READERS,
    response: z.array(availabilityResponse),
  })
  listForLeader(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodQuery(availabilityMonthSchema) q: AvailabilityMonth,
  ) {
    return this.availability.listForLeader(user, id, q.month);
  }

  @Endpoint.post('leaders/:id/availability', {
    roles: OFFICE_AND_LEADER,
    response: z.array(availabilityResponse),
  })
  addForLeader(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(leaderAvailabilitySchema) body: LeaderAvailabilityBody,
  ) {
    return this.availability.addForLeader(user, id, body.entries);
  }

  @Endpoint.get('units/:unitId/availability', {
    roles: STAFF,
    response: z.array(availabilityResponse),
  })
  listForUnit(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(availabilityMonthSchema) q: AvailabilityMonth,
  ) {
    return this.availability.listForUnit(user, unitId, q.month);
  }

  @Endpoint.post('units/:unitId/availability', {
    roles: OFFICE,
    response: z.array(availabilityResponse),
  })
  addForUnit(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(unitAvailabilitySchema) body: UnitAvailabilityBody,
  ) {
    return this.availability.addForUnit(user, unitId, body.entries);
  }

  @Endpoint.delete('availability/:id', { roles: OFFICE_AND_LEADER, status: 204 })
  async remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    await this.availability.remove(user, id);
  }
}
