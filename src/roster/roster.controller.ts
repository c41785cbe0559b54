import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
import { RosterExportService } from './roster-export.service.js';
import { DutyOptionsService } from './duty-options.service.js';
import { RosterRecordService } from './roster-record.service.js';
import { RosterStatsService } from './roster-stats.service.js';
import {
  diffQuerySchema,
  editAssignmentSchema,
  publishSchema,
  consequencesQuerySchema,
  rangeQuerySchema,
  substitutesQuerySchema,
  rosterListQuerySchema,
  statsQuerySchema,
} from './roster.schemas.js';
import { RostersService } from './rosters.service.js';
import {
  dutyConsequencesResponse,
  dutySubstitutesResponse,
  editedRosterResponse,
  rosterDiffResponse,
  rosterResponse,
  rosterStatsResponse,
  rosterSummaryResponse,
  rosterVersionResponse,
  rosterYearResponse,
} from './roster.responses.js';

// Generate, re-solve and amend run as jobs: see src/solve-jobs (same paths).
@ApiTags('rosters')
@ApiBearerAuth()
@Controller()
export class RosterController {
  constructor(
    private readonly rosters: RostersService,
    private readonly exports: RosterExportService,
    private readonly stats: RosterStatsService,
    private readonly record: RosterRecordService,
    private readonly options: DutyOptionsService,
  ) {}

  @AnyRole()
  @Get('units/:unitId/rosters')
  @ApiZodResponse(z.array(rosterSummaryResponse))
  list(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(rosterListQuerySchema)) q: z.infer<typeof rosterListQuerySchema>,
  ) {
    return this.rosters.list(user, unitId, q.month);
  }

  @AnyRole()
  @Get('units/:unitId/roster-stats')
  @ApiZodResponse(rosterStatsResponse)
  figures(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(statsQuerySchema)) q: z.infer<typeof statsQuerySchema>,
  ) {
    return this.stats.year(user, unitId, q.year);
  }

  @AnyRole()
  @Get('units/:unitId/roster-check')
  check(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(rangeQuerySchema)) q: z.infer<typeof rangeQuerySchema>,
  ) {
    return this.record.check(user, unitId, q.from, q.to);
  }

  @AnyRole()
  @Get('units/:unitId/roster-year')
  @ApiZodResponse(rosterYearResponse)
  yearTable(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Query(new ZodPipe(statsQuerySchema)) q: z.infer<typeof statsQuerySchema>,
  ) {
    return this.record.year(user, unitId, q.year);
  }

  @AnyRole()
  @Get('rosters/:id')
  @ApiZodResponse(rosterResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.rosters.get(user, id);
  }

  @Roles('admin', 'office')
  @Patch('rosters/:id/assignments/:aid')
  @ApiZodBody(editAssignmentSchema)
  @ApiZodResponse(editedRosterResponse)
  edit(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('aid', UuidPipe) aid: string,
    @Body(new ZodPipe(editAssignmentSchema)) body: z.infer<typeof editAssignmentSchema>,
  ) {
    return this.rosters.editAssignment(user, id, aid, body);
  }

  @Roles('admin', 'office')
  @Get('rosters/:id/assignments/:aid/substitutes')
  @ApiZodResponse(dutySubstitutesResponse)
  substitutes(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('aid', UuidPipe) aid: string,
    @Query(new ZodPipe(substitutesQuerySchema)) q: z.infer<typeof substitutesQuerySchema>,
  ) {
    return this.options.substitutes(user, id, aid, q.limit ?? 3);
  }

  @Roles('admin', 'office')
  @Get('rosters/:id/assignments/:aid/consequences')
  @ApiZodResponse(dutyConsequencesResponse)
  consequences(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('aid', UuidPipe) aid: string,
    @Query(new ZodPipe(consequencesQuerySchema)) q: z.infer<typeof consequencesQuerySchema>,
  ) {
    return this.options.consequencesFor(user, id, aid, q.leaderId);
  }

  @Roles('admin', 'office')
  @Post('rosters/:id/publish')
  @HttpCode(200)
  @ApiZodBody(publishSchema)
  @ApiZodResponse(rosterResponse)
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(publishSchema)) body: z.infer<typeof publishSchema>,
  ) {
    return this.rosters.publish(user, id, body.version, body.reason ?? null);
  }

  @AnyRole()
  @Get('rosters/:id/versions')
  @ApiZodResponse(z.array(rosterVersionResponse))
  versions(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.rosters.versionsOf(user, id);
  }

  @AnyRole()
  @Get('rosters/:id/changes')
  changes(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.rosters.changesOf(user, id);
  }

  @AnyRole()
  @Get('rosters/:id/diff')
  @ApiZodResponse(rosterDiffResponse)
  diff(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query(new ZodPipe(diffQuerySchema)) q: z.infer<typeof diffQuerySchema>,
  ) {
    return this.rosters.diff(user, id, q.from, q.to);
  }

  @AnyRole()
  @Get('rosters/:id/export.xlsx')
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.exports.xlsx(user, id);
    res
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(file.filename)
      .send(file.body);
  }

  /** 422 ROSTER_RECORD_BROKEN (JSON) while a hard rule is broken over the month's window. */
  @AnyRole()
  @Get('rosters/:id/notice')
  async notice(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.exports.noticeHtml(user, id);
    // Set only on success: a refusal is the usual JSON error.
    res.type('text/html; charset=utf-8');
    return html;
  }
}
