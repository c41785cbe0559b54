import { Controller, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, STAFF } from '../auth/index.js';
import { isoDate } from '../common/bounds.js';
import { IdParam, ZodQuery } from '../common/route-params.js';
import { briefingHtml } from './briefing-sheet.js';
import { BriefingService } from './briefing.service.js';
import { briefingResponse } from './appointments.responses.js';

const briefingQuery = z.strictObject({
  date: isoDate.optional(),
  reveal: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const ctxOf = (req: Request & { id?: unknown }) => ({
  ip: req.ip,
  requestId: req.id ? String(req.id) : undefined,
});

const READERS = [...STAFF, 'leader'] as const;

@ApiTags('briefing')
@ApiBearerAuth()
@Controller()
export class BriefingController {
  constructor(private readonly briefing: BriefingService) {}

  /** The leader's briefing for the coming sessions (or one day's): names masked until the day. */
  @Endpoint.get('leaders/:leaderId/briefing', { roles: READERS, response: briefingResponse })
  get(
    @CurrentUser() user: AuthUser,
    @IdParam('leaderId') leaderId: string,
    @ZodQuery(briefingQuery) q: z.infer<typeof briefingQuery>,
    @Req() req: Request,
  ) {
    return this.briefing.forLeader(user, leaderId, q, ctxOf(req));
  }

  /** The same as a printable sheet (HTML). */
  @Endpoint.get('leaders/:leaderId/briefing.html', { roles: READERS })
  async sheet(
    @CurrentUser() user: AuthUser,
    @IdParam('leaderId') leaderId: string,
    @ZodQuery(briefingQuery) q: z.infer<typeof briefingQuery>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = briefingHtml(await this.briefing.forLeader(user, leaderId, q, ctxOf(req)));
    res.type('text/html; charset=utf-8');
    return html;
  }
}
