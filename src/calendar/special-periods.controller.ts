import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import { yearQuerySchema, type YearQuery } from './calendar.schemas.js';
import {
  createSpecialPeriodSchema,
  type CreateSpecialPeriod,
  updateSpecialPeriodSchema,
  type UpdateSpecialPeriod,
} from './special-period.schemas.js';
import { SpecialPeriodsService } from './special-periods.service.js';
import { z } from 'zod';
import { specialPeriodResponse } from './calendar.responses.js';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('units/:unitId/special-periods')
export class SpecialPeriodsController {
  constructor(private readonly periods: SpecialPeriodsService) {}

  @Endpoint.get('', { roles: 'any', response: z.array(specialPeriodResponse) })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(yearQuerySchema) q: YearQuery,
  ) {
    return this.periods.list(user, unitId, q.year);
  }

  @Endpoint.get(':id', { roles: 'any', response: specialPeriodResponse })
  get(@CurrentUser() user: AuthUser, @IdParam('unitId') unitId: string, @IdParam() id: string) {
    return this.periods.get(user, unitId, id);
  }

  @Endpoint.post('', { roles: OFFICE, response: specialPeriodResponse })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(createSpecialPeriodSchema) body: CreateSpecialPeriod,
  ) {
    return this.periods.create(user, unitId, body);
  }

  @Endpoint.patch(':id', { roles: OFFICE, response: specialPeriodResponse })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @IdParam() id: string,
    @ZodBody(updateSpecialPeriodSchema) body: UpdateSpecialPeriod,
  ) {
    return this.periods.update(user, unitId, id, body);
  }

  @Endpoint.delete(':id', { roles: OFFICE, status: 204 })
  async remove(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @IdParam() id: string,
  ): Promise<void> {
    await this.periods.remove(user, unitId, id);
  }
}
