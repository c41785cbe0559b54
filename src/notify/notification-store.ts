import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { JobQueue } from './job-queue.js';
import type { NotificationRef } from './notification.entity.js';
import type {
  ChannelKind,
  NotificationRule,
  NotificationStatus,
  RecipientAddress,
} from './notify.types.js';
import type { PlannedNotification } from './planned.js';

/** The rules whose rows record what a department was told about one appointment. */
export const APPOINTMENT_RULES: readonly NotificationRule[] = [
  'department_invitation',
  'department_withdrawal',
];

/** One of those rows, as reconciling an appointment's messages reads it. */
export interface AppointmentNoticeRow {
  id: string;
  source: string;
  rule: NotificationRule;
  recipientKey: string;
  recipient: RecipientAddress;
  channel: ChannelKind;
  status: NotificationStatus;
  ref: NotificationRef;
  sentAt: Date | null;
}

const keyOf = (
  p: Pick<PlannedNotification, 'source' | 'rule' | 'channel'> & { recipientKey: string },
) => `${p.source}|${p.rule}|${p.recipientKey}|${p.channel}`;

export const planKey = (p: PlannedNotification) => keyOf({ ...p, recipientKey: p.recipient.key });

/**
 * Writes planned notifications and their jobs inside the caller's transaction. Re-planning the
 * same key never duplicates: an unchanged row stays as it is; a changed or cancelled one is
 * re-planned under a new revision (and a new job); a sent one is never touched.
 */
@Injectable()
export class NotificationStore {
  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async plan(tx: EntityManager, planned: readonly PlannedNotification[]): Promise<number> {
    if (!planned.length) return 0;
    const rows = planned.map((p) => ({
      unit_id: p.unitId,
      source: p.source,
      rule: p.rule,
      recipient_key: p.recipient.key,
      recipient_name: p.recipient.name,
      recipient: p.recipient,
      channel: p.channel,
      roster_id: p.rosterId,
      appointment_id: p.appointmentId ?? null,
      due_at: p.dueAt.toISOString(),
      subject: p.subject,
      body: p.body,
      ref: p.ref,
    }));
    const changed: Array<{ id: string; revision: number; due_at: Date }> = await tx.query(
      `INSERT INTO notification AS n
         (unit_id, source, rule, recipient_key, recipient_name, recipient, channel, roster_id,
          appointment_id, due_at, status, subject, body, ref)
       SELECT unit_id, source, rule, recipient_key, recipient_name, recipient, channel, roster_id,
              appointment_id, due_at, 'planned', subject, body, ref
         FROM jsonb_to_recordset($1::jsonb) AS x(
           unit_id uuid, source text, rule text, recipient_key text, recipient_name text,
           recipient jsonb, channel text, roster_id uuid, appointment_id uuid,
           due_at timestamptz, subject text, body text, ref jsonb)
       ON CONFLICT (source, rule, recipient_key, channel) DO UPDATE SET
         due_at = EXCLUDED.due_at, subject = EXCLUDED.subject, body = EXCLUDED.body,
         ref = EXCLUDED.ref, recipient = EXCLUDED.recipient,
         recipient_name = EXCLUDED.recipient_name, roster_id = EXCLUDED.roster_id,
         appointment_id = EXCLUDED.appointment_id,
         status = 'planned', revision = n.revision + 1, attempts = 0, last_error = NULL,
         lease_until = NULL, cancel_reason = NULL, updated_at = now()
       WHERE n.status = 'cancelled'
          OR (n.status IN ('planned', 'retrying', 'dead')
              AND ((n.due_at <> EXCLUDED.due_at AND NOT (n.due_at <= $2 AND EXCLUDED.due_at <= $2))
                   OR n.body <> EXCLUDED.body
                   OR n.subject <> EXCLUDED.subject OR n.ref <> EXCLUDED.ref))
       RETURNING n.id, n.revision, n.due_at`,
      [JSON.stringify(rows), this.clock.now()],
    );
    await this.jobs.enqueue(
      tx,
      changed.map((r) => ({
        notificationId: r.id,
        revision: r.revision,
        startAfter: this.clock.toRealTime(new Date(r.due_at)),
      })),
    );
    return changed.length;
  }

  /**
   * Cancels the roster's pending duty reminders that the new plan no longer contains (a moved or
   * removed duty, a recipient now reached on another channel).
   */
  async cancelRosterRemindersExcept(
    tx: EntityManager,
    rosterId: string,
    keep: readonly PlannedNotification[],
    reason: string,
  ): Promise<number> {
    return this.cancelPending(
      tx,
      reason,
      keep,
      "roster_id = $3 AND rule IN ('duty_day_before', 'duty_same_morning')",
      rosterId,
    );
  }

  /** Cancels what is still pending for a source and no longer in its new plan. */
  async cancelSourceExcept(
    tx: EntityManager,
    source: string,
    keep: readonly PlannedNotification[],
    reason: string,
  ): Promise<number> {
    return this.cancelPending(tx, reason, keep, 'source = $3', source);
  }

  /** Cancels a unit's pending rows of one rule that `keep` no longer has (a duty confirmed). */
  async cancelUnitRuleExcept(
    tx: EntityManager,
    unitId: string,
    rule: NotificationRule,
    keep: readonly PlannedNotification[],
    reason: string,
  ): Promise<number> {
    return this.cancelPending(tx, reason, keep, 'unit_id = $3 AND rule = $4', unitId, rule);
  }

  /** Cancels what is still pending for a source (an appointment withdrawn, a case closed). */
  async cancelSource(tx: EntityManager, source: string, reason: string): Promise<number> {
    return this.cancelPending(tx, reason, [], 'source = $3', source);
  }

  /** Cancels the pending rows `where` selects (its parameters from $3 on) that `keep` lacks. */
  private async cancelPending(
    tx: EntityManager,
    reason: string,
    keep: readonly PlannedNotification[],
    where: string,
    ...params: unknown[]
  ): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE notification SET status = 'cancelled', cancel_reason = $1, lease_until = NULL,
              updated_at = now()
        WHERE ${where} AND status IN ('planned', 'retrying')
          AND NOT (source || '|' || rule || '|' || recipient_key || '|' || channel = ANY($2::text[]))`,
      [reason, keep.map(planKey), ...params],
    )) as [unknown, number];
    return count;
  }

  /**
   * Every department invitation and withdrawal notice of an appointment, oldest message first
   * (sent ones by their sending time; one being sent counts as the latest), locked: a worker
   * cannot start sending one of them while the caller decides what the department was told.
   */
  async appointmentRows(tx: EntityManager, appointmentId: string): Promise<AppointmentNoticeRow[]> {
    const rows: Array<{
      id: string;
      source: string;
      rule: NotificationRule;
      recipient_key: string;
      recipient: RecipientAddress;
      channel: ChannelKind;
      status: NotificationStatus;
      ref: NotificationRef;
      sent_at: Date | null;
    }> = await tx.query(
      `SELECT id, source, rule, recipient_key, recipient, channel, status, ref, sent_at
         FROM notification
        WHERE appointment_id = $1 AND rule = ANY($2::text[])
        ORDER BY COALESCE(sent_at, 'infinity'::timestamptz), created_at, id
        FOR UPDATE`,
      [appointmentId, APPOINTMENT_RULES],
    );
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      rule: r.rule,
      recipientKey: r.recipient_key,
      recipient: r.recipient,
      channel: r.channel,
      status: r.status,
      ref: r.ref,
      sentAt: r.sent_at,
    }));
  }

  /** Cancels the appointment's pending invitations and notices that its new plan does not keep. */
  async cancelAppointmentExcept(
    tx: EntityManager,
    appointmentId: string,
    keep: readonly PlannedNotification[],
    reason: string,
  ): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE notification SET status = 'cancelled', cancel_reason = $3, lease_until = NULL,
              updated_at = now()
        WHERE appointment_id = $1 AND rule = ANY($4::text[]) AND status IN ('planned', 'retrying')
          AND NOT (source || '|' || rule || '|' || recipient_key || '|' || channel = ANY($2::text[]))`,
      [appointmentId, keep.map(planKey), reason, APPOINTMENT_RULES],
    )) as [unknown, number];
    return count;
  }
}
