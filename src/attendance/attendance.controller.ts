import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { assertUnitAccess, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
import { LeadersService } from '../org/index.js';
import { attendanceByLeaderMonth } from './attendance-figures.js';
import {
  attendanceFiguresQuerySchema,
  attendanceQuerySchema,
  attendanceSchema,
} from './attendance.schemas.js';
import { AttendanceService } from './attendance.service.js';
import { attendanceFiguresResponse, dutyRecordResponse } from './attendance.responses.js';

const STAFF = ['admin', 'office', 'petition', 'politics'] as const;

@ApiTags('attendance')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly leaders: LeadersService,
  ) {}

  /** 信访局 records what happened at a begun duty (and may correct it). */
  @Roles('admin', 'petition')
  @Put('units/:unitId/attendance')
  @ApiZodBody(attendanceSchema)
  @ApiZodResponse(dutyRecordResponse)
  record(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(attendanceSchema)) body: z.infer<typeof attendanceSchema>,
  ) {
    return this.attendance.record(user, unitId, body);
  }

  @Roles(...STAFF)
  @Get('units/:unitId/attendance')
  @ApiZodResponse(z.array(dutyRecordResponse))
  month(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(attendanceQuerySchema)) q: z.infer<typeof attendanceQuerySchema>,
  ) {
    return this.attendance.month(user, unitId, q.month);
  }

  /** 计划 / 已确认 / 实际坐班 / 被代班 / 代他人 / 缺席 per leader and month. */
  @Roles(...STAFF)
  @Get('units/:unitId/attendance-figures')
  @ApiZodResponse(attendanceFiguresResponse)
  async figures(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(attendanceFiguresQuerySchema))
    q: z.infer<typeof attendanceFiguresQuerySchema>,
  ) {
    assertUnitAccess(user, unitId);
    const records = await this.attendance.duties(unitId, `${q.year}-01-01`, `${q.year}-12-31`);
    const leaders = await this.leaders.forUnit(unitId);
    return { year: q.year, leaders: attendanceByLeaderMonth(records, leaders, q.year) };
  }
}
