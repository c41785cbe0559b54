import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectConfig } from '../config/index.js';
import { UnitsService } from '../org/index.js';
import { OutboundPolicy } from './channels/outbound-policy.js';
import { ChannelRegistry } from './channels/channel-registry.js';
import { PermanentChannelError } from './channels/channel.js';
import { Clock } from '../common/clock.js';
import { dutyIcs } from './ics.js';
import { DELIVER_QUEUE, INSTANCE, JobQueue, type DeliverJob } from './job-queue.js';
import { NotifyExtensions } from './notify-extensions.js';
import { NotificationDelivery } from './notification-delivery.entity.js';
import type { NotifyConfig } from './notify.config.js';
import { Notification } from './notification.entity.js';
import { NotifySettingsService } from './notify-settings.service.js';
import type { NotifySettingsView } from './notify.types.js';
import { outsideQuietHours } from './times.js';

export const NOTIFY_LOGGER = Symbol('NOTIFY_LOGGER');

/** Another worker holds the notification: try again later (its lease may lapse). */
class BusyError extends Error {}

type Outcome = 'sent' | 'skipped' | 'deferred' | 'dead';

/**
 * Executes one delivery job. The row is claimed (status sending, lease, attempt logged) and
 * committed before the channel is called, and marked sent after: a crash between the two leaves a
 * claimed row whose lease lapses, and the re-send carries the same idempotency key.
 */
@Injectable()
export class DeliveryWorker {
  constructor(
    private readonly db: DataSource,
    private readonly channels: ChannelRegistry,
    private readonly settings: NotifySettingsService,
    private readonly units: UnitsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly outbound: OutboundPolicy,
    private readonly extensions: NotifyExtensions,
    @InjectConfig() private readonly config: NotifyConfig,
    @Inject(NOTIFY_LOGGER) private readonly logger: Logger,
  ) {}

  /** Subscribes this process to the delivery queue (one poller; batches run concurrently). */
  async start(boss: PgBoss): Promise<void> {
    await boss.work<DeliverJob>(
      DELIVER_QUEUE,
      {
        batchSize: this.config.NOTIFY_BATCH_SIZE,
        pollingIntervalSeconds: this.config.NOTIFY_POLL_INTERVAL_MS / 1000,
      },
      async (batch) => {
        const results = await Promise.allSettled(batch.map((job) => this.deliver(job.data)));
        const failed = batch.filter((_, i) => results[i].status === 'rejected');
        // Failing these ids re-queues them with back-off; the rest complete when we return.
        for (const job of failed) {
          const reason = (results[batch.indexOf(job)] as PromiseRejectedResult).reason as Error;
          await boss.fail(DELIVER_QUEUE, job.id, { message: reason.message });
        }
      },
    );
  }

  async deliver(job: DeliverJob): Promise<Outcome> {
    // Read what the claim needs before taking a connection for the transaction: a transaction
    // that waits for a second pooled connection starves the pool under a full batch.
    const peek = await this.db
      .getRepository(Notification)
      .findOne({ where: { id: job.notificationId }, select: { id: true, unitId: true } });
    if (!peek) return 'skipped';
    const unit = await this.units.byId(peek.unitId);
    const settings = await this.settings.forUnit(peek.unitId);
    const claim = await this.db.transaction((tx) => this.claim(tx, job, settings));
    if (claim === 'skipped' || claim === 'deferred') return claim;
    const { row, attempt, logAttempt, key } = claim;
    try {
      const body = await this.extensions.render(row);
      await this.channels.get(row.channel).send(
        {
          notificationId: row.id,
          idempotencyKey: key,
          unitId: row.unitId,
          unitName: unit.name,
          rule: row.rule,
          subject: row.subject,
          body,
          recipient: row.recipient,
          dueAt: row.dueAt,
          ics: row.rule.startsWith('duty_') ? dutyIcs(row.ref, unit.name) : null,
        },
        {
          settings: settings.channels,
          timeoutMs: this.config.NOTIFY_SEND_TIMEOUT_MS,
          instance: INSTANCE,
          outbound: this.outbound,
        },
      );
    } catch (err) {
      return this.recordFailure(row, attempt, logAttempt, err);
    }
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE notification SET status = 'sent', sent_at = $3, lease_until = NULL,
                last_error = NULL, updated_at = now()
          WHERE id = $1 AND revision = $2 AND status = 'sending'`,
        [row.id, row.revision, this.clock.now()],
      );
      await tx.update(
        NotificationDelivery,
        { notificationId: row.id, attempt: logAttempt },
        { status: 'sent', finishedAt: this.clock.now() },
      );
    });
    return 'sent';
  }

  private async claim(
    tx: EntityManager,
    job: DeliverJob,
    settings: NotifySettingsView,
  ): Promise<
    'skipped' | 'deferred' | { row: Notification; attempt: number; logAttempt: number; key: string }
  > {
    const row = await tx
      .getRepository(Notification)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.id = :id', { id: job.notificationId })
      .getOne();
    // Gone, re-planned since (a newer job exists), or finished: nothing to do.
    if (!row || row.revision !== job.revision) return 'skipped';
    if (row.status === 'sent' || row.status === 'cancelled' || row.status === 'dead')
      return 'skipped';
    const now = this.clock.now();
    if (row.status === 'sending' && row.leaseUntil && row.leaseUntil > now) {
      throw new BusyError('另一个进程正在发送此通知');
    }
    if (row.ref.notAfter && now >= new Date(row.ref.notAfter)) {
      // Retries or quiet hours carried it past the moment it was about (its session began).
      await tx.update(
        Notification,
        { id: row.id },
        { status: 'cancelled', cancelReason: '场次已开始，不再发送', leaseUntil: null },
      );
      return 'skipped';
    }
    const allowed = outsideQuietHours(now, settings.quietHours);
    if (allowed > now) {
      // A retry that fell into the quiet hours waits for their end under a new revision.
      const revision = row.revision + 1;
      await tx.update(
        Notification,
        { id: row.id },
        { dueAt: allowed, revision, status: 'planned', leaseUntil: null },
      );
      await this.jobs.enqueue(tx, [
        { notificationId: row.id, revision, startAfter: this.clock.toRealTime(allowed) },
      ]);
      return 'deferred';
    }
    const attempt = row.attempts + 1;
    const key = `${row.id}.${row.revision}`;
    await tx.update(
      Notification,
      { id: row.id },
      {
        status: 'sending',
        attempts: attempt,
        leaseUntil: new Date(now.getTime() + this.config.NOTIFY_LEASE_SECONDS * 1000),
      },
    );
    // A previous holder killed mid-send left its attempt 'sending': close it as unknown.
    await tx.query(
      `UPDATE notification_delivery SET status = 'interrupted', finished_at = now()
        WHERE notification_id = $1 AND status = 'sending'`,
      [row.id],
    );
    // Log attempts count across revisions (a retried dead row starts its own count at 1 again).
    const [{ next }]: Array<{ next: number }> = await tx.query(
      `SELECT COALESCE(max(attempt), 0) + 1 AS next FROM notification_delivery WHERE notification_id = $1`,
      [row.id],
    );
    await tx.insert(NotificationDelivery, {
      notificationId: row.id,
      attempt: next,
      idempotencyKey: key,
      channel: row.channel,
      status: 'sending',
      error: null,
      instance: INSTANCE,
      startedAt: this.clock.now(),
      finishedAt: null,
    });
    return {
      row: { ...row, status: 'sending', attempts: attempt },
      attempt,
      logAttempt: next,
      key,
    };
  }

  /**
   * Dead after the last attempt or a permanent failure (the job completes); otherwise throw so
   * pg-boss retries.
   */
  private async recordFailure(
    row: Notification,
    attempt: number,
    logAttempt: number,
    error: unknown,
  ): Promise<Outcome> {
    const dead =
      error instanceof PermanentChannelError || attempt >= this.config.NOTIFY_MAX_ATTEMPTS;
    const message = ((error as Error).message || String(error)).slice(0, 1000);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE notification SET status = $3, last_error = $4, lease_until = NULL, updated_at = now()
          WHERE id = $1 AND revision = $2 AND status = 'sending'`,
        [row.id, row.revision, dead ? 'dead' : 'retrying', message],
      );
      await tx.update(
        NotificationDelivery,
        { notificationId: row.id, attempt: logAttempt },
        { status: 'failed', error: message, finishedAt: this.clock.now() },
      );
    });
    if (dead) {
      this.logger.warn({ notificationId: row.id, attempt, error: message }, 'notification dead');
      return 'dead';
    }
    throw new Error(message);
  }
}
