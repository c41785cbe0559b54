import { Controller, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
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

  @Endpoint.get('units/:unitId/rosters', { roles: 'any', response: z.array(rosterSummaryResponse) })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(rosterListQuerySchema) q: z.infer<typeof rosterListQuerySchema>,
  ) {
    return this.rosters.list(user, unitId, q.month);
  }

  @Endpoint.get('units/:unitId/roster-stats', { roles: 'any', response: rosterStatsResponse })
  figures(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(statsQuerySchema) q: z.infer<typeof statsQuerySchema>,
  ) {
    return this.stats.year(user, unitId, q.year);
  }

  @Endpoint.get('units/:unitId/roster-check', { roles: 'any' })
  check(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(rangeQuerySchema) q: z.infer<typeof rangeQuerySchema>,
  ) {
    return this.record.check(user, unitId, q.from, q.to);
  }

  @Endpoint.get('units/:unitId/roster-year', { roles: 'any', response: rosterYearResponse })
  yearTable(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(statsQuerySchema) q: z.infer<typeof statsQuerySchema>,
  ) {
    return this.record.year(user, unitId, q.year);
  }

  @Endpoint.get('rosters/:id', { roles: 'any', response: rosterResponse })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.rosters.get(user, id);
  }

  @Endpoint.patch('rosters/:id/assignments/:aid', {
    roles: OFFICE,
    response: editedRosterResponse,
  })
  edit(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('aid') aid: string,
    @ZodBody(editAssignmentSchema) body: z.infer<typeof editAssignmentSchema>,
  ) {
    return this.rosters.editAssignment(user, id, aid, body);
  }

  @Endpoint.get('rosters/:id/assignments/:aid/substitutes', {
    roles: OFFICE,
    response: dutySubstitutesResponse,
  })
  substitutes(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('aid') aid: string,
    @ZodQuery(substitutesQuerySchema) q: z.infer<typeof substitutesQuerySchema>,
  ) {
    return this.options.substitutes(user, id, aid, q.limit ?? 3);
  }

  @Endpoint.get('rosters/:id/assignments/:aid/consequences', {
    roles: OFFICE,
    response: dutyConsequencesResponse,
  })
  consequences(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('aid') aid: string,
    @ZodQuery(consequencesQuerySchema) q: z.infer<typeof consequencesQuerySchema>,
  ) {
    return this.options.consequencesFor(user, id, aid, q.leaderId);
  }

  @Endpoint.action('rosters/:id/publish', {
    roles: OFFICE,
    response: rosterResponse,
  })
  publish(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(publishSchema) body: z.infer<typeof publishSchema>,
  ) {
    return this.rosters.publish(user, id, body.version, body.reason ?? null);
  }

  @Endpoint.get('rosters/:id/versions', { roles: 'any', response: z.array(rosterVersionResponse) })
  versions(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.rosters.versionsOf(user, id);
  }

  @Endpoint.get('rosters/:id/changes', { roles: 'any' })
  changes(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.rosters.changesOf(user, id);
  }

  @Endpoint.get('rosters/:id/diff', { roles: 'any', response: rosterDiffResponse })
  diff(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodQuery(diffQuerySchema) q: z.infer<typeof diffQuerySchema>,
  ) {
    return this.rosters.diff(user, id, q.from, q.to);
  }

  @Endpoint.get('rosters/:id/export.xlsx', { roles: 'any' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.exports.xlsx(user, id);
    res
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(file.filename)
      .send(file.body);
  }

  /** 422 ROSTER_RECORD_BROKEN (JSON) while a hard rule is broken over the month's window. */
  @Endpoint.get('rosters/:id/notice', { roles: 'any' })
  async notice(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.exports.noticeHtml(user, id);
    // Set only on success: a refusal is the usual JSON error.
    res.type('text/html; charset=utf-8');
    return html;
  }
}
