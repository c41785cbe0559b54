import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/index.js';
import { OrgModule } from '../org/index.js';
import { RosterModule } from '../roster/index.js';
import { AttendanceController } from './attendance.controller.js';
import { DutyAttendance } from './attendance.entity.js';
import { AttendanceHooks } from './attendance-hooks.js';
import { AttendanceService } from './attendance.service.js';

/** The record of each duty: who sat (到岗 / 代班 / 缺席). */
@Module({
  imports: [TypeOrmModule.forFeature([DutyAttendance]), AuthModule, OrgModule, RosterModule],
  controllers: [AttendanceController],
  providers: [AttendanceService, AttendanceHooks],
  exports: [AttendanceService, AttendanceHooks],
})
export class AttendanceModule {}
