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
import type { Leader, Unit } from '../org/index.js';

export const CASE_STATUSES = ['pending', 'proposed', 'scheduled', 'received', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const RISK_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
/** 红 / 橙 / 黄 / 蓝, highest first. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const SUBMITTING_BODIES = ['politics', 'petition'] as const;
/** 政法委 / 信访局. */
export type SubmittingBody = (typeof SUBMITTING_BODIES)[number];

/**
 * public: matched to any leader whose portfolio covers the subject; politics_law: 涉法涉诉, only
 * leaders whose portfolio includes 政法; restricted: 纪检监察 or 检举控告, never matched, never on a
 * calendar, never shown to leaders or departments (条例 第30条).
 */
export type CaseRouting = 'public' | 'politics_law' | 'restricted';

export interface CaseFlags {
  /** 越级 (to the province) */
  crossLevel: boolean;
  /** 进京 */
  beijing: boolean;
  /** 三跨三分离 */
  threeCross: boolean;
  /** 扬言 */
  threat: boolean;
  /** 涉法涉诉 */
  lawRelated: boolean;
  /** 检举控告 (an accusation: goes to 纪检, never to a public session) */
  accusation: boolean;
}

export const DISCIPLINE_STATES = ['received', 'handed_over', 'acknowledged'] as const;
/**
 * 检举控告 / 纪检监察 (restricted) cases are never matched: 已受理 → 已移交纪检 (to whom, when, by
 * whom) → 纪检已签收. Null for every other case.
 */
export type DisciplineState = (typeof DISCIPLINE_STATES)[number];

/** Why the last matching run left the case unmatched. */
export interface MatchNote {
  month: string;
  reason: 'no_eligible_leader' | 'no_session_before_deadline' | 'capacity_full';
  message: string;
}

/** A priority case (重点约访) screened by 政法委 or 信访局 for a leader to receive. */
@Entity('priority_case')
@Index(['unitId', 'reference'], { unique: true })
@Index(['unitId', 'status'])
export class PriorityCase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** The submitting body's case reference, unique within the unit. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', name: 'submitted_by' })
  submittedBy!: SubmittingBody;

  @Column({ type: 'text', nullable: true })
  batch!: string | null;

  @Column({ type: 'text', name: 'subject_code' })
  subjectCode!: string;

  /** The category as submitted (an old label stays visible next to the current code). */
  @Column({ type: 'text', name: 'subject_label' })
  subjectLabel!: string;

  @Column({ type: 'text', nullable: true })
  subcategory!: string | null;

  @Column({ type: 'text', nullable: true })
  locality!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  risk!: RiskLevel;

  /** Persons concerned; a group case (集体访) has 5 or more, of whom at most 5 attend. */
  @Column({ type: 'int', name: 'group_size' })
  groupSize!: number;

  @Column({ type: 'int', name: 'repeat_count', default: 0 })
  repeatCount!: number;

  /** 积案 years (0: not a backlog case). */
  @Column({ type: 'int', name: 'backlog_years', default: 0 })
  backlogYears!: number;

  @Column({ type: 'jsonb' })
  flags!: CaseFlags;

  @Column({ type: 'text' })
  routing!: CaseRouting;

  /** Receive strictly before this date; null only for restricted cases, which are never matched. */
  @Column({ type: 'date', name: 'receive_before', nullable: true })
  receiveBefore!: string | null;

  /** The previous 包案 leader, preferred for continuity. */
  @Column({ type: 'uuid', name: 'previous_leader_id', nullable: true })
  previousLeaderId!: string | null;

  @ManyToOne('Leader', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'previous_leader_id' })
  previousLeader?: Leader;

  /** Departments the submitter requires; matching adds those of the category. */
  @Column({ type: 'uuid', array: true, name: 'department_ids', default: () => "'{}'" })
  departmentIds!: string[];

  @Column({ type: 'text' })
  status!: CaseStatus;

  @Column({ type: 'jsonb', name: 'match_note', nullable: true })
  matchNote!: MatchNote | null;

  @Column({ type: 'text', name: 'closed_reason', nullable: true })
  closedReason!: string | null;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy!: string;

  @Column({ type: 'text', name: 'discipline_state', nullable: true })
  disciplineState!: DisciplineState | null;

  /** The 纪检监察 body it was handed to (e.g. 市纪委监委信访室). */
  @Column({ type: 'text', name: 'handed_to', nullable: true })
  handedTo!: string | null;

  @Column({ type: 'timestamptz', name: 'handed_at', nullable: true })
  handedAt!: Date | null;

  @Column({ type: 'uuid', name: 'handed_by', nullable: true })
  handedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  /** A leader of the unit the accusation concerns: never shown the case, whatever their role. */
  @Column({ type: 'uuid', name: 'accused_leader_id', nullable: true })
  accusedLeaderId!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
