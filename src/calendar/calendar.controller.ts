import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(yearSummaryResponse))
  list() {
    return this.holidays.listYears();
  }

  @AnyRole()
  @Get(':year')
  @ApiZodResponse(yearDetailResponse)
  get(@Param('year', YearPipe) year: number) {
    return this.holidays.getYear(year);
  }

  /**
   * What PUT with the same body would store, the dates it would change and the rosters with duties
   * on them. Writes nothing; rejects exactly what PUT rejects (400 with every problem, 422).
   */
  @Roles('admin')
  @Post(':year/preview')
  @HttpCode(200)
  @ApiZodBody(yearImportSchema)
  @ApiZodResponse(yearPreviewResponse)
  preview(@Param('year', YearPipe) year: number, @Body() body: unknown) {
    return this.holidays.previewYear(year, body);
  }

  /**
   * Confirms a year: {holidays, makeupWorkdays}, {text} (pasted lines such as "2027-01-01 休 元旦")
   * or {fromPackage: true}. Replaces what the year held before, all or nothing.
   */
  @Roles('admin')
  @Put(':year')
  @ApiZodBody(yearImportSchema)
  @ApiZodResponse(yearDetailResponse)
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
  @Roles('admin')
  @Get('holiday-status')
  @ApiZodResponse(holidayStatusResponse)
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

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(calendarDayResponse))
  month(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(monthQuerySchema)) q: MonthQuery,
  ) {
    return this.calendar.monthFor(user, unitId, q.month);
  }

  @AnyRole()
  @Get('overrides')
  listOverrides(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(yearQuerySchema)) q: YearQuery,
  ) {
    return this.overrides.list(user, unitId, q.year);
  }

  @Roles('admin', 'office')
  @Post('overrides')
  @ApiZodBody(createOverrideSchema)
  createOverride(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(createOverrideSchema)) body: CreateOverride,
  ) {
    return this.overrides.create(user, unitId, body);
  }

  @Roles('admin', 'office')
  @Delete('overrides/:id')
  @HttpCode(204)
  async removeOverride(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('id', UuidPipe) id: string,
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

  @Roles('admin', 'office')
  @Get(':year')
  @ApiZodResponse(unitYearStateResponse)
  state(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('year', YearPipe) year: number,
  ) {
    return this.unitHolidays.state(user, unitId, year);
  }

  @Roles('admin', 'office')
  @Post(':year/preview')
  @HttpCode(200)
  @ApiZodBody(yearImportSchema)
  @ApiZodResponse(unitYearPreviewResponse)
  preview(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('year', YearPipe) year: number,
    @Body() body: unknown,
  ) {
    return this.unitHolidays.preview(user, unitId, year, body);
  }

  @Roles('admin', 'office')
  @Put(':year')
  @ApiZodBody(yearImportSchema)
  @ApiZodResponse(unitYearStateResponse)
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Param('year', YearPipe) year: number,
    @Body() body: unknown,
  ) {
    return this.unitHolidays.confirm(user, unitId, year, body);
  }
}
