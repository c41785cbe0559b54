import { Controller, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, STAFF } from '../auth/index.js';
import { queryYear } from '../common/bounds.js';
import { IdParam, ZodQuery } from '../common/route-params.js';
import { hallReportHtml, hallXlsx } from './hall-report.js';
import { HallStatsService } from './hall-stats.service.js';
import { hallYearResponse } from './hall-stats.responses.js';

const yearQuery = z.strictObject({ year: queryYear });

@ApiTags('statistics')
@ApiBearerAuth()
@Controller()
export class HallStatsController {
  constructor(private readonly stats: HallStatsService) {}

  /** Figures per unit, month, special period and leader, and the report's sentences. */
  @Endpoint.get('units/:unitId/hall-figures', { roles: STAFF, response: hallYearResponse })
  figures(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(yearQuery) q: z.infer<typeof yearQuery>,
  ) {
    return this.stats.year(user, unitId, q.year);
  }

  @Endpoint.get('units/:unitId/hall-figures.xlsx', { roles: STAFF })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(yearQuery) q: z.infer<typeof yearQuery>,
    @Res() res: Response,
  ): Promise<void> {
    const body = await hallXlsx(await this.stats.year(user, unitId, q.year));
    res
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(`${q.year}-hall-figures.xlsx`)
      .send(body);
  }

  /** The printable report page (HTML). */
  @Endpoint.get('units/:unitId/hall-report', { roles: STAFF })
  async report(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(yearQuery) q: z.infer<typeof yearQuery>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = hallReportHtml(await this.stats.year(user, unitId, q.year));
    res.type('text/html; charset=utf-8');
    return html;
  }
}
