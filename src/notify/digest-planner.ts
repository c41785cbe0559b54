import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/index.js';
import { addDays } from '../common/dates.js';
import { dutyHours, isPublicLeader, UnitsService, venueOf } from '../org/index.js';
import { RostersService } from '../roster/index.js';
import { Clock, chinaDate, chinaTime } from '../common/clock.js';
import { ConfirmationPlanner } from './confirmation-planner.js';
import { JobQueue } from './job-queue.js';
import { digestMessage } from './messages.js';
import { NotificationStore } from './notification-store.js';
import { NotifyExtensions } from './notify-extensions.js';
import type { PlannedNotification } from './planned.js';
import { PlanContextLoader } from './plan-context.js';
import { chooseChannel, petitionRecipients } from './recipients.js';
import { SYSTEM } from './system-user.js';
import { NOTIFY_LOGGER } from './delivery.worker.js';

/**
 * The periodic planning tick (a pg-boss schedule: once per tick across replicas): plans each
 * unit's petition bureau digest for today and the next working day, and puts overdue rows whose
 * job was lost back in the queue. Idempotent by the notifications' unique keys.
 */
@Injectable()
export class DigestPlanner {
  constructor(
    private readonly db: DataSource,
    private readonly units: UnitsService,
    private readonly calendar: CalendarService,
    private readonly rosters: RostersService,
    private readonly context: PlanContextLoader,
    private readonly store: NotificationStore,
    private readonly jobs: JobQueue,
    private readonly extensions: NotifyExtensions,
    private readonly clock: Clock,
    private readonly confirmations: ConfirmationPlanner,
    @Inject(NOTIFY_LOGGER) private readonly logger: Logger,
  ) {}

  async tick(): Promise<void> {
    for (const unit of await this.units.listVisible(SYSTEM)) {
      try {
        const planned = await this.digestsFor(unit.id);
        await this.db.transaction((tx) => this.store.plan(tx, planned));
        await this.confirmations.planUnit(unit.id);
      } catch (err) {
        this.logger.warn(
          { unitId: unit.id, err: (err as Error).message },
          'digest planning failed',
        );
      }
    }
    await this.requeueOverdue();
  }

  /** Digests of today (until noon) and tomorrow, on the unit's working days. */
  async digestsFor(unitId: string): Promise<PlannedNotification[]> {
    const now = this.clock.now();
    const ctx = await this.context.load(unitId, []);
    const at = ctx.settings.rules.digestAt;
    if (!at) return [];
    const today = chinaDate(now);
    const days = await this.calendar.days(unitId, today, addDays(today, 1));
    const out: PlannedNotification[] = [];
    for (const day of days.filter((d) => d.working)) {
      const nominal = chinaTime(day.date, at);
      if (nominal < now && now > chinaTime(day.date, '12:00')) continue;
      const duties = await this.rosters.publishedDuties(unitId, day.date, day.date);
      const count = this.extensions.appointmentCounter
        ? await this.extensions.appointmentCounter(unitId, day.date)
        : null;
      const m = digestMessage(
        ctx.unit.name,
        ctx.unit.receptionVenue,
        day.date,
        // A list for the petition bureau: public duties only (纪检监察 receives apart).
        duties.flatMap((d) => {
          const leader = ctx.leaders.get(d.leaderId);
          if (!isPublicLeader(leader)) return [];
          const venue = venueOf(ctx.unit, leader);
          return [
            {
              session: d.session,
              ...dutyHours(ctx.unit, d.session),
              leaderName: leader?.name ?? '',
              leaderTitle: leader?.title ?? '',
              ...(d.session !== 'CALL' && venue !== ctx.unit.receptionVenue ? { venue } : {}),
            },
          ];
        }),
        count,
      );
      for (const r of petitionRecipients(ctx.settings)) {
        out.push({
          unitId,
          source: `digest:${day.date}`,
          rule: 'petition_digest',
          recipient: r,
          channel: chooseChannel(r, ctx.settings),
          rosterId: null,
          dueAt: nominal < now ? now : nominal,
          subject: m.subject,
          body: m.body,
          ref: { date: day.date, venue: ctx.unit.receptionVenue },
        });
      }
    }
    return out;
  }

  /**
   * Safety net for a job lost outside the queue's own recovery: rows long overdue get one more job
   * (same revision: the row lock and status make a second job for it harmless).
   */
  async requeueOverdue(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: Array<{ id: string; revision: number }> = await tx.query(
        `SELECT id, revision FROM notification
          WHERE (status = 'planned' AND due_at < $1::timestamptz - interval '15 minutes')
             OR (status = 'retrying' AND updated_at < now() - interval '2 hours')
             OR (status = 'sending' AND lease_until < $1::timestamptz - interval '15 minutes')
          ORDER BY due_at LIMIT 500`,
        [this.clock.now()],
      );
      await this.jobs.enqueueFresh(
        tx,
        rows.map((r) => ({ notificationId: r.id, revision: r.revision, startAfter: new Date() })),
      );
      return rows.length;
    });
  }
}
