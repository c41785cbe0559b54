import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  ChannelKind,
  NotificationRule,
  NotificationStatus,
  RecipientAddress,
} from './notify.types.js';

/** What the message refers to, for the .ics attachment and the office's view. */
export interface NotificationRef {
  rosterId?: string;
  date?: string;
  /** AM / PM reception session, or CALL: a 24-hour on-call duty (start 00:00, end 24:00). */
  session?: 'AM' | 'PM' | 'CALL';
  start?: string;
  end?: string;
  leaderId?: string;
  venue?: string;
  sequence?: number;
  /**
   * ISO instant after which the message is pointless (a withdrawal notice once its session has
   * begun): the worker cancels it instead of sending it late.
   */
  notAfter?: string;
}

/**
 * One message to one recipient over one channel: the office's view of what goes out. The unique
 * key (source, rule, recipient, channel) makes re-planning idempotent; pg-boss only executes it.
 */
@Entity('notification')
@Index(['source', 'rule', 'recipientKey', 'channel'], { unique: true })
@Index(['unitId', 'dueAt'])
@Index(['status', 'dueAt'])
@Index(['rosterId'])
@Index(['appointmentId'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  /**
   * duty:<date>:<session>:<leaderId>, roster:<rosterId>:v<n>, digest:<date>, case:<id>,
   * appointment:<id>[:<n>] (n: how many of the appointment's messages the department had been
   * sent before this one, so a later invitation or withdrawal never collides with a sent one).
   */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  rule!: NotificationRule;

  @Column({ type: 'text', name: 'recipient_key' })
  recipientKey!: string;

  @Column({ type: 'text', name: 'recipient_name' })
  recipientName!: string;

  @Column({ type: 'jsonb' })
  recipient!: RecipientAddress;

  @Column({ type: 'text' })
  channel!: ChannelKind;

  @Column({ type: 'uuid', name: 'roster_id', nullable: true })
  rosterId!: string | null;

  /**
   * Set on a department's invitation and withdrawal notices: what the department was told about
   * an appointment is read back from these rows when the appointment changes.
   */
  @Column({ type: 'uuid', name: 'appointment_id', nullable: true })
  appointmentId!: string | null;

  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt!: Date;

  @Column({ type: 'text' })
  status!: NotificationStatus;

  /** Bumped whenever the row is re-planned; a job of an older revision does nothing. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;

  /** While status is sending: when the holder's claim lapses (a killed worker's claim expires). */
  @Column({ type: 'timestamptz', name: 'lease_until', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  ref!: NotificationRef;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'text', name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
