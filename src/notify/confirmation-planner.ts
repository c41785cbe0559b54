import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/index.js';
import { ConfirmationsService } from '../roster/index.js';
import { planConfirmAgain, planOfficeDigest } from './confirmation-planning.js';
import { NotificationStore } from './notification-store.js';
import { NotifyExtensions } from './notify-extensions.js';
import { PlanContextLoader } from './plan-context.js';
import { chinaDate, chinaTime } from '../common/clock.js';

/**
 * Part of the planning tick: second reminders of duties still unconfirmed (cancelled when the
 * duty is confirmed before they go out) and 两办's daily digest of pending requests and
 * unconfirmed duties. Idempotent by the notifications' unique keys.
 */
@Injectable()
export class ConfirmationPlanner {
  constructor(
    private readonly db: DataSource,
    private readonly confirmations: ConfirmationsService,
    private readonly context: PlanContextLoader,
    private readonly calendar: CalendarService,
    private readonly store: NotificationStore,
    private readonly extensions: NotifyExtensions,
  ) {}

  async planUnit(unitId: string): Promise<void> {
    const unconfirmed = await this.confirmations.unconfirmedFor(unitId, 2);
    const ctx = await this.context.load(unitId, [...new Set(unconfirmed.map((d) => d.date))]);
    const again = planConfirmAgain(unconfirmed, ctx);
    const today = chinaDate(ctx.now);
    const [day] = await this.calendar.days(unitId, today, today);
    const pending = this.extensions.pendingRequests
      ? await this.extensions.pendingRequests(unitId)
      : [];
    // Today's digest, on working days, until noon (as the petition bureau's).
    const digest =
      day?.working && ctx.now <= chinaTime(today, '12:00')
        ? planOfficeDigest(today, pending, unconfirmed, ctx)
        : null;
    await this.db.transaction(async (tx) => {
      await this.store.cancelUnitRuleExcept(tx, unitId, 'duty_confirm_again', again, '已确认出席');
      await this.store.plan(tx, digest ? [...again, digest] : again);
    });
  }
}
