import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DutyCode } from '../calendar/index.js';
import type { Leader } from '../org/index.js';

export const ATTENDANCE_STATUSES = ['present', 'substituted', 'absent'] as const;
/** 到岗 / 代班 (another leader sat, with no approved substitute on the plan) / 缺席. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: '到岗',
  substituted: '代班',
  absent: '缺席',
};

/**
 * What happened at one duty of the published plan, recorded by 信访局 once the session has begun:
 * the record, not the plan. The planned leader is kept as the plan stood (an approved substitute
 * is already the planned leader of a later version), so the figures never re-read a plan that
 * may since have been amended for other days.
 */
@Entity('duty_attendance')
@Index(['unitId', 'date', 'session', 'plannedLeaderId'], { unique: true })
@Index(['unitId', 'date'])
export class DutyAttendance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  session!: DutyCode;

  @Column({ type: 'uuid', name: 'planned_leader_id' })
  plannedLeaderId!: string;

  @ManyToOne('Leader', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'planned_leader_id' })
  plannedLeader?: Leader;

  @Column({ type: 'text' })
  status!: AttendanceStatus;

  /** Who actually sat: the planned leader (到岗), the substitute (代班), nobody (缺席). */
  @Column({ type: 'uuid', name: 'sat_leader_id', nullable: true })
  satLeaderId!: string | null;

  @ManyToOne('Leader', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'sat_leader_id' })
  satLeader?: Leader;

  /** Why the leader was absent (required for 缺席), or a note on a 代班. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Seeded demonstration data (青嵘市), never real attendance. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
