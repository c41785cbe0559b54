import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { assertUnitAccess, type AuthUser, CurrentUser, Endpoint, STAFF } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import { LeadersService } from '../org/index.js';
import { attendanceByLeaderMonth } from './attendance-figures.js';
import {
  attendanceFiguresQuerySchema,
  attendanceQuerySchema,
  attendanceSchema,
} from './attendance.schemas.js';
import { AttendanceService } from './attendance.service.js';
import { attendanceFiguresResponse, dutyRecordResponse } from './attendance.responses.js';

@ApiTags('attendance')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly leaders: LeadersService,
  ) {}

  /** 信访局 records what happened at a begun duty (and may correct it). */
  @Endpoint.put('units/:unitId/attendance', {
    roles: ['admin', 'petition'],
    response: dutyRecordResponse,
  })
  record(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(attendanceSchema) body: z.infer<typeof attendanceSchema>,
  ) {
    return this.attendance.record(user, unitId, body);
  }

  @Endpoint.get('units/:unitId/attendance', { roles: STAFF, response: z.array(dutyRecordResponse) })
  month(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(attendanceQuerySchema) q: z.infer<typeof attendanceQuerySchema>,
  ) {
    return this.attendance.month(user, unitId, q.month);
  }

  /** 计划 / 已确认 / 实际坐班 / 被代班 / 代他人 / 缺席 per leader and month. */
  @Endpoint.get('units/:unitId/attendance-figures', {
    roles: STAFF,
    response: attendanceFiguresResponse,
  })
  async figures(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(attendanceFiguresQuerySchema)
    q: z.infer<typeof attendanceFiguresQuerySchema>,
  ) {
    assertUnitAccess(user, unitId);
    const records = await this.attendance.duties(unitId, `${q.year}-01-01`, `${q.year}-12-31`);
    const leaders = await this.leaders.forUnit(unitId);
    return { year: q.year, leaders: attendanceByLeaderMonth(records, leaders, q.year) };
  }
}
