/**
 * attendance: who actually sat each duty (到岗登记). Others read the record (AttendanceService, the
 * per-month figures) and hear about corrections through AttendanceHooks.
 */
export { attendanceByLeaderMonth } from './attendance-figures.js';
export { AttendanceHooks } from './attendance-hooks.js';
export { DutyAttendance } from './attendance.entity.js';
export { AttendanceModule } from './attendance.module.js';
export { AttendanceService, type DutyRecord } from './attendance.service.js';
export { attendanceCountsResponse } from './attendance.responses.js';
