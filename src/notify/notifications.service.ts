import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { AppError, notFound } from '../common/app-error.js';
import { CHINA_ZONE, Clock } from '../common/clock.js';
import { JobQueue } from './job-queue.js';
import { NotificationDelivery } from './notification-delivery.entity.js';
import { NotificationStore, type AppointmentNoticeRow } from './notification-store.js';
import { Notification } from './notification.entity.js';
import type { ListNotifications } from './notify.schemas.js';
import type { PlannedNotification } from './planned.js';
import type { Leader } from '../org/index.js';
import { NotifySettingsService } from './notify-settings.service.js';
import type { NotificationRule } from './notify.types.js';
import { chooseChannel, leaderRecipient } from './recipients.js';

/** The office's view of notifications, and the planning API other modules call in their transactions. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly repo: Repository<Notification>,
    @InjectRepository(NotificationDelivery)
    private readonly deliveries: Repository<NotificationDelivery>,
    private readonly store: NotificationStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly db: DataSource,
    private readonly settings: NotifySettingsService,
  ) {}

  /**
   * For the feeds module: one message to a leader on the leader's own channel (their override,
   * else the unit's first usable), due now; returns the row as the office lists it.
   */
  async planToLeader(
    leader: Leader,
    msg: { rule: NotificationRule; source: string; subject: string; body: string },
  ) {
    const settings = await this.settings.forUnit(leader.unitId);
    const recipient = leaderRecipient(leader);
    const channel = chooseChannel(recipient, settings);
    await this.db.transaction((tx) =>
      this.store.plan(tx, [
        {
          unitId: leader.unitId,
          source: msg.source,
          rule: msg.rule,
          recipient,
          channel,
          rosterId: null,
          dueAt: this.clock.now(),
          subject: msg.subject,
          body: msg.body,
          ref: { leaderId: leader.id },
        },
      ]),
    );
    const row = await this.repo.findOneOrFail({
      where: { source: msg.source, rule: msg.rule, recipientKey: recipient.key, channel },
    });
    return view(row);
  }

  async list(user: AuthUser, q: ListNotifications) {
    const unitId = user.role === 'admin' ? q.unitId : user.unitId;
    if (q.unitId) assertUnitAccess(user, q.unitId);
    const qb = this.repo.createQueryBuilder('n');
    if (unitId) qb.andWhere('n.unit_id = :unitId', { unitId });
    if (q.status) qb.andWhere('n.status = :status', { status: q.status });
    if (q.channel) qb.andWhere('n.channel = :channel', { channel: q.channel });
    if (q.rule) qb.andWhere('n.rule = :rule', { rule: q.rule });
    if (q.recipient) qb.andWhere('n.recipient_key = :recipient', { recipient: q.recipient });
    if (q.from)
      qb.andWhere(`n.due_at >= (:from::date)::timestamp AT TIME ZONE '${CHINA_ZONE}'`, {
        from: q.from,
      });
    if (q.to)
      qb.andWhere(`n.due_at < ((:to::date) + 1)::timestamp AT TIME ZONE '${CHINA_ZONE}'`, {
        to: q.to,
      });
    const [items, total] = await qb
      .orderBy('n.due_at', 'DESC')
      .addOrderBy('n.id')
      .take(q.limit)
      .skip(q.offset)
      .getManyAndCount();
    return { total, items: items.map(view) };
  }

  /**
   * 我的提醒: what was sent (or is about to be) to the signed-in leader and their secretary,
   * newest first; a message that could not be delivered is listed as such (the secretary can ask
   * the office), one that was withdrawn is not.
   */
  async mine(user: AuthUser) {
    if (user.role !== 'leader' || !user.leaderId) return [];
    const rows = await this.repo
      .createQueryBuilder('n')
      .where('n.recipient_key IN (:...keys)', {
        keys: [`leader:${user.leaderId}`, `secretary:${user.leaderId}`],
      })
      .andWhere("n.status <> 'cancelled'")
      .orderBy('n.due_at', 'DESC')
      .take(100)
      .getMany();
    return rows.map((n) => ({
      id: n.id,
      rule: n.rule,
      recipientName: n.recipientName,
      channel: n.channel,
      status: n.status,
      dueAt: n.dueAt,
      sentAt: n.sentAt,
      subject: n.subject,
      body: n.body,
    }));
  }

  async get(user: AuthUser, id: string) {
    const row = await this.repo.findOne({ where: { id } });
    if (!row) throw notFound('通知', id);
    assertUnitAccess(user, row.unitId);
    const deliveries = await this.deliveries.find({
      where: { notificationId: id },
      order: { attempt: 'ASC' },
    });
    return { ...view(row), deliveries };
  }

  /** Sends a dead (or cancelled) notification again, from attempt 1. */
  async retry(user: AuthUser, id: string) {
    await this.db.transaction(async (tx) => {
      const row = await tx.findOne(Notification, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('通知', id);
      assertUnitAccess(user, row.unitId);
      if (row.status !== 'dead' && row.status !== 'cancelled') {
        throw new AppError('NOTIFICATION_NOT_RETRYABLE', { status: row.status });
      }
      const revision = row.revision + 1;
      const now = this.clock.now();
      await tx.update(
        Notification,
        { id },
        { status: 'planned', revision, attempts: 0, dueAt: now, cancelReason: null },
      );
      await this.jobs.enqueue(tx, [
        { notificationId: id, revision, startAfter: this.clock.toRealTime(now) },
      ]);
    });
    return this.get(user, id);
  }

  /**
   * For other modules (appointments: department invitations; cases: clocks), inside their own
   * transaction: plans the given notifications (idempotent per unique key).
   */
  planForSource(tx: EntityManager, planned: readonly PlannedNotification[]): Promise<number> {
    return this.store.plan(tx, planned);
  }

  cancelSource(tx: EntityManager, source: string, reason: string): Promise<number> {
    return this.store.cancelSource(tx, source, reason);
  }

  /** What a department was told about an appointment: its invitation and withdrawal rows, locked. */
  appointmentRows(tx: EntityManager, appointmentId: string): Promise<AppointmentNoticeRow[]> {
    return this.store.appointmentRows(tx, appointmentId);
  }

  /** Re-planning an appointment's messages: cancels its pending rows that `keep` no longer has. */
  cancelAppointmentExcept(
    tx: EntityManager,
    appointmentId: string,
    keep: readonly PlannedNotification[],
    reason: string,
  ): Promise<number> {
    return this.store.cancelAppointmentExcept(tx, appointmentId, keep, reason);
  }

  /** Re-planning a source: cancels its pending rows that `keep` (the new plan) no longer has. */
  cancelSourceExcept(
    tx: EntityManager,
    source: string,
    keep: readonly PlannedNotification[],
    reason: string,
  ): Promise<number> {
    return this.store.cancelSourceExcept(tx, source, keep, reason);
  }
}

/** The row as listed: recipient's addresses are not repeated (the name is enough). */
function view(n: Notification) {
  return {
    id: n.id,
    unitId: n.unitId,
    source: n.source,
    rule: n.rule,
    recipientKey: n.recipientKey,
    recipientName: n.recipientName,
    channel: n.channel,
    dueAt: n.dueAt,
    status: n.status,
    revision: n.revision,
    attempts: n.attempts,
    lastError: n.lastError,
    subject: n.subject,
    body: n.body,
    ref: n.ref,
    sentAt: n.sentAt,
    cancelReason: n.cancelReason,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}
