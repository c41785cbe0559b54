import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module.js';
import { AttendanceModule } from '../attendance/attendance.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { OrgModule } from '../org/org.module.js';
import { HallStatsController } from './hall-stats.controller.js';
import { HallStatsService } from './hall-stats.service.js';

/** The report the year ends with: figures from the record, xlsx and a printable page. */
@Module({
  imports: [AppointmentsModule, AttendanceModule, CalendarModule, OrgModule],
  controllers: [HallStatsController],
  providers: [HallStatsService],
})
export class StatsModule {}
