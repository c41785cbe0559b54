import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/index.js';
import { OrgModule } from '../org/index.js';
import { AvailabilityModule } from './availability.module.js';
import { RosterAssignment } from './roster-assignment.entity.js';
import { RosterChange } from './roster-change.entity.js';
import { MonthReservations } from './month-reservations.js';
import { RosterExportService } from './roster-export.service.js';
import { RosterHooks } from './roster-hooks.js';
import { RosterInputsService } from './roster-inputs.service.js';
import { RosterSolver } from './roster-solver.js';
import { ConfirmationsController } from './confirmations.controller.js';
import { ConfirmationsService } from './confirmations.service.js';
import { DutyOptionsService } from './duty-options.service.js';
import { RosterRecordService } from './roster-record.service.js';
import { RosterReservation } from './roster-reservation.entity.js';
import { RosterStatsService } from './roster-stats.service.js';
import { RosterVersion } from './roster-version.entity.js';
import { RosterController } from './roster.controller.js';
import { RosterCalendarTally } from './roster-calendar-tally.js';
import { Roster } from './roster.entity.js';
import { RostersService } from './rosters.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Roster,
      RosterAssignment,
      RosterVersion,
      RosterChange,
      RosterReservation,
    ]),
    OrgModule,
    CalendarModule,
    AvailabilityModule,
  ],
  controllers: [RosterController, ConfirmationsController],
  providers: [
    RostersService,
    RosterInputsService,
    RosterSolver,
    RosterHooks,
    RosterExportService,
    RosterStatsService,
    RosterRecordService,
    DutyOptionsService,
    ConfirmationsService,
    MonthReservations,
    RosterCalendarTally,
  ],
  exports: [
    RostersService,
    RosterHooks,
    DutyOptionsService,
    ConfirmationsService,
    MonthReservations,
  ],
})
export class RosterModule {}
