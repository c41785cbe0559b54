import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Notification } from './notification.entity.js';

/**
 * One delivery attempt. Every attempt of a notification revision carries the same idempotency key
 * (email Message-ID, webhook Idempotency-Key), so a re-send after a crash is recognisable downstream.
 */
@Entity('notification_delivery')
@Index(['notificationId', 'attempt'], { unique: true })
export class NotificationDelivery {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid', name: 'notification_id' })
  notificationId!: string;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'text', name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  channel!: string;

  /** sending | sent | failed */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** host/pid of the worker, to follow a crash in the log. */
  @Column({ type: 'text' })
  instance!: string;

  @Column({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
