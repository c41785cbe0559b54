import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RosterHook, RosterPublishedEvent } from '../roster/index.js';
import { NotificationStore } from './notification-store.js';
import { PlanContextLoader } from './plan-context.js';
import { planRosterEvent } from './roster-event-planning.js';

/**
 * Runs inside the publish transaction: plans the new version's reminders, cancels the ones it
 * no longer needs and queues change and publication notices, all committing with the version.
 */
@Injectable()
export class RosterPlanner implements RosterHook {
  constructor(
    private readonly context: PlanContextLoader,
    private readonly store: NotificationStore,
  ) {}

  async onPublished(tx: EntityManager, event: RosterPublishedEvent): Promise<void> {
    const dates = [...new Set(event.duties.map((d) => d.date))];
    const ctx = await this.context.load(event.unitId, dates, tx);
    const plan = planRosterEvent(event, ctx);
    await this.store.cancelRosterRemindersExcept(
      tx,
      event.rosterId,
      plan.reminders,
      `排班表第${event.version}版已调整`,
    );
    await this.store.plan(tx, [...plan.reminders, ...plan.notices]);
  }
}
