import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { isoDate } from '../common/bounds.js';
import { UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

const READERS = ['admin', 'office', 'petition', 'politics', 'leader'] as const;

@ApiTags('briefing')
@ApiBearerAuth()
@Controller()
export class BriefingController {
  constructor(private readonly briefing: BriefingService) {}

  /** The leader's briefing for the coming sessions (or one day's): names masked until the day. */
  @Roles(...READERS)
  @Get('leaders/:leaderId/briefing')
  @ApiZodResponse(briefingResponse)
  get(
    @CurrentUser() user: AuthUser,
    @Param('leaderId', UuidPipe) leaderId: string,
    @Query(new ZodPipe(briefingQuery)) q: z.infer<typeof briefingQuery>,
    @Req() req: Request,
  ) {
    return this.briefing.forLeader(user, leaderId, q, ctxOf(req));
  }

  /** The same as a printable sheet (HTML). */
  @Roles(...READERS)
  @Get('leaders/:leaderId/briefing.html')
  async sheet(
    @CurrentUser() user: AuthUser,
    @Param('leaderId', UuidPipe) leaderId: string,
    @Query(new ZodPipe(briefingQuery)) q: z.infer<typeof briefingQuery>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = briefingHtml(await this.briefing.forLeader(user, leaderId, q, ctxOf(req)));
    res.type('text/html; charset=utf-8');
    return html;
  }
}
