import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/index.js';
import { OrgModule } from '../org/index.js';
import { CalendarOverride } from './calendar-override.entity.js';
import { CalendarOverridesService } from './calendar-overrides.service.js';
import {
  CalendarYearsController,
  HolidayStatusController,
  UnitCalendarController,
  UnitCalendarYearsController,
} from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';
import { HolidaysService } from './holidays.service.js';
import { RosterTally } from './roster-tally.js';
import { SpecialPeriod } from './special-period.entity.js';
import { SpecialPeriodsController } from './special-periods.controller.js';
import { SpecialPeriodsService } from './special-periods.service.js';
import { CalendarYear, StatutoryDay } from './statutory-day.entity.js';
import { UnitCalendarYear } from './unit-calendar-year.entity.js';
import { UnitHolidaysService } from './unit-holidays.service.js';

/** Working-day calendar (holidays, 调休, unit overrides) and the 特护期 that overlay it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CalendarYear,
      StatutoryDay,
      UnitCalendarYear,
      CalendarOverride,
      SpecialPeriod,
    ]),
    OrgModule,
    AuthModule,
  ],
  controllers: [
    CalendarYearsController,
    HolidayStatusController,
    UnitCalendarController,
    UnitCalendarYearsController,
    SpecialPeriodsController,
  ],
  providers: [
    HolidaysService,
    UnitHolidaysService,
    CalendarOverridesService,
    SpecialPeriodsService,
    CalendarService,
    RosterTally,
  ],
  exports: [CalendarService, SpecialPeriodsService, HolidaysService, RosterTally],
})
export class CalendarModule {}
