import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DutyCode } from '../calendar/index.js';

export const REQUEST_KINDS = ['leave', 'swap'] as const;
/** leave: 请假 (a substitute takes the duty); swap: 换班 with another leader's duty. */
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const LEAVE_REASONS = ['meeting', 'trip', 'official', 'other'] as const;
/** 会议 / 出差 / 公务 / 其他. */
export type LeaveReason = (typeof LEAVE_REASONS)[number];
export const LEAVE_REASON_NAMES: Record<LeaveReason, string> = {
  meeting: '会议',
  trip: '出差',
  official: '公务',
  other: '其他',
};

export const REQUEST_STATUSES = [
  'requested',
  'accepted',
  'approved',
  'refused',
  'declined',
  'withdrawn',
  'expired',
] as const;
/**
 * requested → (accepted: the other leader agreed to a swap) → approved (published as version N+1)
 * | refused (by 两办) | declined (by the other leader) | withdrawn (by the requester) | expired
 * (a session it concerns began while it was open).
 */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_STATUSES: readonly RequestStatus[] = ['requested', 'accepted'];

export interface RequestStep {
  at: string;
  status: RequestStatus;
  byUserId: string | null;
  byName: string;
  note: string | null;
}

/** A leader's (or secretary's) request to leave or swap one published duty. */
@Entity('duty_request')
@Index(['unitId', 'status'])
// One open request per duty: a second one would race the first to the same seat.
@Index(['assignmentId'], { unique: true, where: "status IN ('requested', 'accepted')" })
export class DutyRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @Column({ type: 'uuid', name: 'roster_id' })
  rosterId!: string;

  @Column({ type: 'text' })
  kind!: RequestKind;

  @Column({ type: 'text' })
  status!: RequestStatus;

  /** The requester's duty (the assignment row keeps its id across versions: feed UID). */
  @Column({ type: 'uuid', name: 'assignment_id' })
  assignmentId!: string;

  @Column({ type: 'uuid', name: 'leader_id' })
  leaderId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  session!: DutyCode;

  /** Swap: the other leader's duty, taken over by the requester. */
  @Column({ type: 'uuid', name: 'other_assignment_id', nullable: true })
  otherAssignmentId!: string | null;

  @Column({ type: 'uuid', name: 'other_leader_id', nullable: true })
  otherLeaderId!: string | null;

  @Column({ type: 'date', name: 'other_date', nullable: true })
  otherDate!: string | null;

  @Column({ type: 'text', name: 'other_session', nullable: true })
  otherSession!: DutyCode | null;

  @Column({ type: 'text', name: 'reason_kind' })
  reasonKind!: LeaveReason;

  @Column({ type: 'text', name: 'reason_text', default: '' })
  reasonText!: string;

  /** Leave: the leader 两办 chose when approving. */
  @Column({ type: 'uuid', name: 'substitute_leader_id', nullable: true })
  substituteLeaderId!: string | null;

  /** The roster version the approval published. */
  @Column({ type: 'int', name: 'published_version', nullable: true })
  publishedVersion!: number | null;

  /** When the first session it concerns begins: an open request expires then. */
  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'uuid', name: 'requested_by' })
  requestedBy!: string;

  @Column({ type: 'text', name: 'requested_by_name' })
  requestedByName!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  steps!: RequestStep[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
