import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Leader, Unit } from '../org/index.js';

export const AVAILABILITY_KINDS = ['unavailable', 'preferred', 'avoided'] as const;
/** unavailable is a hard rule for the roster; preferred and avoided are wishes. */
export type AvailabilityKind = (typeof AVAILABILITY_KINDS)[number];

export const UNAVAILABLE_REASONS = ['trip', 'meeting', 'leave', 'other'] as const;
/** 出差 / 会议 / 请假 / 其他 */
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

export const AVAILABILITY_SESSIONS = ['AM', 'PM'] as const;
export type AvailabilitySession = (typeof AVAILABILITY_SESSIONS)[number];

/** One leader's declaration for a date, or one session of it (session null = whole day). */
@Entity('leader_availability')
@Index(['leaderId', 'date'])
@Index(['unitId', 'date'])
export class LeaderAvailability {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Copied from the leader so a unit's month is one indexed query. */
  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'uuid', name: 'leader_id' })
  leaderId!: string;

  @ManyToOne('Leader', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text', nullable: true })
  session!: AvailabilitySession | null;

  @Column({ type: 'text' })
  kind!: AvailabilityKind;

  /** Required for unavailable, null otherwise. */
  @Column({ type: 'text', nullable: true })
  reason!: UnavailableReason | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
