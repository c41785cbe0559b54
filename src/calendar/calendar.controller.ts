import { Body, Controller, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { ApiZodBody } from '../common/zod-validation.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import { CalendarOverridesService } from './calendar-overrides.service.js';
import { CalendarService } from './calendar.service.js';
import {
  createOverrideSchema,
  type CreateOverride,
  monthQuerySchema,
  type MonthQuery,
  YearPipe,
  yearQuerySchema,
  type YearQuery,
} from './calendar.schemas.js';
import { yearImportSchema } from './holiday-import.js';
import { HolidaysService } from './holidays.service.js';
import { UnitHolidaysService } from './unit-holidays.service.js';
import { z } from 'zod';
import {
  calendarDayResponse,
  holidayStatusResponse,
  unitYearPreviewResponse,
  unitYearStateResponse,
  yearDetailResponse,
  yearPreviewResponse,
  yearSummaryResponse,
} from './calendar.responses.js';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar/years')
export class CalendarYearsController {
  constructor(private readonly holidays: HolidaysService) {}

  @Endpoint.get('', { roles: 'any', response: z.array(yearSummaryResponse) })
  list() {
    return this.holidays.listYears();
  }

  @Endpoint.get(':year', { roles: 'any', response: yearDetailResponse })
  get(@Param('year', YearPipe) year: number) {
    return this.holidays.getYear(year);
  }

  /**
   * What PUT with the same body would store, the dates it would change and the rosters with duties
   * on them. Writes nothing; rejects exactly what PUT rejects (400 with every problem, 422).
   */
  @Endpoint.action(':year/preview', { roles: ['admin'], response: yearPreviewResponse })
  @ApiZodBody(yearImportSchema)
  preview(@Param('year', YearPipe) year: number, @Body() body: unknown) {
    return this.holidays.previewYear(year, body);
  }

  /**
   * Confirms a year: {holidays, makeupWorkdays}, {text} (pasted lines such as "2027-01-01 休 元旦")
   * or {fromPackage: true}. Replaces what the year held before, all or nothing.
   */
  @Endpoint.put(':year', { roles: ['admin'], response: yearDetailResponse })
  @ApiZodBody(yearImportSchema)
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('year', YearPipe) year: number,
    @Body() body: unknown,
  ) {
    return this.holidays.importYear(user, year, body);
  }
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class HolidayStatusController {
  constructor(private readonly holidays: HolidaysService) {}

  /**
   * The 节假日安排 page: every confirmed year plus this year and the next (China time), confirmed
   * or not, with whether the package knows them and how many rosters they hold (all units, hence
   * administrators only).
   */
  @Endpoint.get('holiday-status', { roles: ['admin'], response: holidayStatusResponse })
  status() {
    return this.holidays.status();
  }
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('units/:unitId/calendar')
export class UnitCalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly overrides: CalendarOverridesService,
  ) {}

  @Endpoint.get('', { roles: 'any', response: z.array(calendarDayResponse) })
  month(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(monthQuerySchema) q: MonthQuery,
  ) {
    return this.calendar.monthFor(user, unitId, q.month);
  }

  @Endpoint.get('overrides', { roles: 'any' })
  listOverrides(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(yearQuerySchema) q: YearQuery,
  ) {
    return this.overrides.list(user, unitId, q.year);
  }

  @Endpoint.post('overrides', { roles: OFFICE })
  createOverride(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(createOverrideSchema) body: CreateOverride,
  ) {
    return this.overrides.create(user, unitId, body);
  }

  @Endpoint.delete('overrides/:id', { roles: OFFICE, status: 204 })
  async removeOverride(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @IdParam() id: string,
  ): Promise<void> {
    await this.overrides.remove(user, unitId, id);
  }
}

/**
 * A unit's office confirms a year for its own unit while no administrator has confirmed it
 * nationally (same bodies as PUT /calendar/years/{year}; 409 once the national year exists).
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('units/:unitId/calendar/years')
export class UnitCalendarYearsController {
  constructor(private readonly unitHolidays: UnitHolidaysService) {}

  @Endpoint.get(':year', { roles: OFFICE, response: unitYearStateResponse })
  state(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @Param('year', YearPipe) year: number,
  ) {
    return this.unitHolidays.state(user, unitId, year);
  }

  @Endpoint.action(':year/preview', {
    roles: OFFICE,
    response: unitYearPreviewResponse,
  })
  @ApiZodBody(yearImportSchema)
  preview(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @Param('year', YearPipe) year: number,
    @Body() body: unknown,
  ) {
    return this.unitHolidays.preview(user, unitId, year, body);
  }

  @Endpoint.put(':year', { roles: OFFICE, response: unitYearStateResponse })
  @ApiZodBody(yearImportSchema)
  confirm(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @Param('year', YearPipe) year: number,
    @Body() body: unknown,
  ) {
    return this.unitHolidays.confirm(user, unitId, year, body);
  }
}
