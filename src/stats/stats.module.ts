import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/index.js';
import { AttendanceModule } from '../attendance/index.js';
import { CalendarModule } from '../calendar/index.js';
import { OrgModule } from '../org/index.js';
import { HallStatsController } from './hall-stats.controller.js';
import { HallStatsService } from './hall-stats.service.js';

/** The report the year ends with: figures from the record, xlsx and a printable page. */
@Module({
  imports: [AppointmentsModule, AttendanceModule, CalendarModule, OrgModule],
  controllers: [HallStatsController],
  providers: [HallStatsService],
})
export class StatsModule {}
