import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Department, Leader } from '../../org/index.js';
import { PriorityCase } from '../priority-case.entity.js';
import type { ReceptionOutcome } from '../reception-record.entity.js';

export const WALK_IN_STATUSES = ['open', 'closed', 'escalated'] as const;
/** 办理中 / 已办结 / 已转重点约访. */
export type WalkInStatus = (typeof WALK_IN_STATUSES)[number];

export const SATISFACTION = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
/** 满意 / 基本满意 / 不满意 (回访). */
export type Satisfaction = (typeof SATISFACTION)[number];

/**
 * A walk-in batch (来访) received by the sitting leader at a session: 首接首办, the receiving leader
 * is responsible and is the 包案 leader unless 两办 reassigns. Petitioners are stored apart,
 * encrypted (walk-in-petitioner.entity.ts); nothing here names a person.
 */
@Entity('walk_in_reception')
@Index(['unitId', 'reference'], { unique: true })
@Index(['unitId', 'date'])
export class WalkInReception {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  /** 来访登记号, e.g. LF-20260305-003: unique within the unit. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  session!: 'AM' | 'PM';

  /** The leader who received them (首接首办: responsible). */
  @Column({ type: 'uuid', name: 'leader_id' })
  leaderId!: string;

  @ManyToOne('Leader', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  /** 包案 leader: the receiving leader unless 两办 reassigned. */
  @Column({ type: 'uuid', name: 'case_leader_id' })
  caseLeaderId!: string;

  @ManyToOne('Leader', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_leader_id' })
  caseLeader?: Leader;

  @Column({ type: 'text', name: 'case_leader_reason', nullable: true })
  caseLeaderReason!: string | null;

  /** 人次: persons who came (a group may be larger than its ≤5 representatives). */
  @Column({ type: 'int' })
  persons!: number;

  @Column({ type: 'text', name: 'subject_code' })
  subjectCode!: string;

  @Column({ type: 'text', nullable: true })
  locality!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  demands!: string;

  @Column({ type: 'text' })
  outcome!: ReceptionOutcome;

  @Column({ type: 'uuid', name: 'handling_department_id', nullable: true })
  handlingDepartmentId!: string | null;

  @ManyToOne('Department', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'handling_department_id' })
  handlingDepartment?: Department;

  @Column({ type: 'text', name: 'follow_up', nullable: true })
  followUp!: string | null;

  /** 60 days (条例 第34条), rolled past a rest day when the unit rolls; null when resolved on the spot or a duplicate. */
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'date', name: 'nominal_due_date', nullable: true })
  nominalDueDate!: string | null;

  @Column({ type: 'text' })
  status!: WalkInStatus;

  /** An open priority case of the same person and subject: this visit is linked, not a new matter. */
  @Column({ type: 'uuid', name: 'duplicate_of_case_id', nullable: true })
  duplicateOfCaseId!: string | null;

  @ManyToOne(() => PriorityCase, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'duplicate_of_case_id' })
  duplicateOfCase?: PriorityCase;

  /** An open walk-in of the same person and subject. */
  @Column({ type: 'uuid', name: 'duplicate_of_walk_in_id', nullable: true })
  duplicateOfWalkInId!: string | null;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ type: 'date', name: 'followed_up_on', nullable: true })
  followedUpOn!: string | null;

  @Column({ type: 'text', nullable: true })
  satisfaction!: Satisfaction | null;

  @Column({ type: 'boolean', nullable: true })
  resolved!: boolean | null;

  @Column({ type: 'uuid', name: 'escalated_case_id', nullable: true })
  escalatedCaseId!: string | null;

  /** Seeded demonstration data (青嵘市), never a real reception. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
