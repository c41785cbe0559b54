import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, OFFICE, OFFICE_AND_LEADER } from '../auth/index.js';
import { AppError } from '../common/app-error.js';
import { ApiZodBody } from '../common/zod-validation.js';
import { IdParam, ZodQuery } from '../common/route-params.js';
import { chineseDay, confirmPage } from './confirm-page.js';
import { ConfirmationsService, linkRefused } from './confirmations.service.js';
import { DUTY_NAMES } from './problem-builder.js';
import { dutyConfirmationResponse, unconfirmedDutiesResponse } from './roster.responses.js';

const linkTokenSchema = z.strictObject({ t: z.string().max(200) });
const unconfirmedQuerySchema = z.strictObject({
  workingDays: z.coerce.number().int().min(1).max(10).optional(),
});

const isForm = (req: Request) =>
  (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

@ApiTags('confirmations')
@Controller()
export class ConfirmationsController {
  constructor(private readonly confirmations: ConfirmationsService) {}

  /** The page's 确认出席 button (the leader's account, or 两办 recording a phone call). */
  @ApiBearerAuth()
  @Endpoint.action('rosters/:id/assignments/:aid/confirm', {
    roles: OFFICE_AND_LEADER,
    response: dutyConfirmationResponse,
  })
  confirm(@CurrentUser() user: AuthUser, @IdParam() id: string, @IdParam('aid') aid: string) {
    return this.confirmations.confirmByUser(user, id, aid);
  }

  /** Duties of the next working days nobody has confirmed yet. */
  @ApiBearerAuth()
  @Endpoint.get('units/:unitId/unconfirmed-duties', {
    roles: OFFICE,
    response: unconfirmedDutiesResponse,
  })
  unconfirmed(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodQuery(unconfirmedQuerySchema) q: z.infer<typeof unconfirmedQuerySchema>,
  ) {
    return this.confirmations.unconfirmed(user, unitId, q.workingDays ?? 2);
  }

  /**
   * What the reminder's link opens: a page with one button (no login). Opening it confirms
   * nothing, so a mail scanner that follows links cannot confirm for the leader.
   */
  @Endpoint.get('duty-confirmations/:aid', { public: true })
  async linkPage(
    @Param('aid') aid: string,
    @Query('t') token: unknown,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    try {
      if (typeof token !== 'string' || !z.uuid().safeParse(aid).success) throw linkRefused();
      const duty = await this.confirmations.peek(aid, token);
      res
        .type('text/html; charset=utf-8')
        .send(
          confirmPage(
            `${chineseDay(duty.date)}${DUTY_NAMES[duty.session]}`,
            `/api/v1/duty-confirmations/${aid}`,
            token,
          ),
        );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      res
        .status(err.status)
        .type('text/html; charset=utf-8')
        .send(confirmPage(null, null, null));
    }
  }

  /** Confirms through the link: JSON for programs, a page for the button's form. */
  @Endpoint.action('duty-confirmations/:aid', { public: true })
  @ApiZodBody(linkTokenSchema)
  async linkConfirm(
    @Param('aid') aid: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    res.setHeader('Cache-Control', 'no-store');
    const parsed = linkTokenSchema.safeParse(body ?? {});
    const form = isForm(req);
    try {
      if (!parsed.success || !z.uuid().safeParse(aid).success) throw linkRefused();
      const done = await this.confirmations.confirmByLink(aid, parsed.data.t);
      if (!form) return done;
      res.type('text/html; charset=utf-8');
      return confirmPage(`${chineseDay(done.date)}${DUTY_NAMES[done.session]}`, null, null, true);
    } catch (err) {
      if (!form || !(err instanceof AppError)) throw err;
      res.status(err.status).type('text/html; charset=utf-8');
      return confirmPage(null, null, null);
    }
  }
}
