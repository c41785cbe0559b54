import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(specialPeriodResponse))
  list(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(yearQuerySchema)) q: YearQuery,
  ) {
    return this.periods.list(user, unitId, q.year);
  }

  @AnyRole()
  @Get(':id')
  @ApiZodResponse(specialPeriodResponse)
  get(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('id', UuidPipe) id: string,
  ) {
    return this.periods.get(user, unitId, id);
  }

  @Roles('admin', 'office')
  @Post()
  @ApiZodBody(createSpecialPeriodSchema)
  @ApiZodResponse(specialPeriodResponse, 201)
  create(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(createSpecialPeriodSchema)) body: CreateSpecialPeriod,
  ) {
    return this.periods.create(user, unitId, body);
  }

  @Roles('admin', 'office')
  @Patch(':id')
  @ApiZodBody(updateSpecialPeriodSchema)
  @ApiZodResponse(specialPeriodResponse)
  update(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(updateSpecialPeriodSchema)) body: UpdateSpecialPeriod,
  ) {
    return this.periods.update(user, unitId, id, body);
  }

  @Roles('admin', 'office')
  @Delete(':id')
  @HttpCode(204)
  async remove(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<void> {
    await this.periods.remove(user, unitId, id);
  }
}
