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
import type { Leader, LeaderRank, RotationPool, Unit } from '../org/index.js';

export const COVERAGES = ['working_days', 'every_day'] as const;
/** Which days need reception cover during the period. */
export type Coverage = (typeof COVERAGES)[number];

export const SESSION_CODES = ['AM', 'PM'] as const;
export type SessionCode = (typeof SESSION_CODES)[number];

/** A reception session, or the 24-hour on-call duty (在岗值班) of a period day. */
export type DutyCode = SessionCode | 'CALL';

/** 特护期: a window (it may cross months) with stricter cover than a normal month. */
@Entity('special_period')
@Index(['unitId', 'startDate'])
export class SpecialPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'date', name: 'start_date' })
  startDate!: string;

  @Column({ type: 'date', name: 'end_date' })
  endDate!: string;

  @Column({ type: 'text' })
  coverage!: Coverage;

  /** Dates inside the window without reception (e.g. 除夕, 初一); on-call still applies. */
  @Column({ type: 'text', array: true, name: 'excluded_dates', default: () => "'{}'" })
  excludedDates!: string[];

  /** Sessions that need cover on a covered day (e.g. only AM). */
  @Column({ type: 'text', array: true, name: 'session_codes' })
  sessionCodes!: SessionCode[];

  @Column({ type: 'int', name: 'leaders_per_session' })
  leadersPerSession!: number;

  /** Most sessions one leader sits during the whole period; null = the leader's normal quota. */
  @Column({ type: 'int', name: 'quota_per_leader', nullable: true })
  quotaPerLeader!: number | null;

  /** Sessions each rotation pool must supply during the period, e.g. {"npc": 2}. */
  @Column({ type: 'jsonb', name: 'pool_quotas', default: () => "'{}'" })
  poolQuotas!: Partial<Record<RotationPool, number>>;

  /** A leader on 24h call for every day of the period. */
  @Column({ type: 'boolean', name: 'on_call_leader', default: false })
  onCallLeader!: boolean;

  /** Most on-call days one leader takes in the period; null = no cap beyond fairness. */
  @Column({ type: 'int', name: 'on_call_quota_per_leader', nullable: true })
  onCallQuotaPerLeader!: number | null;

  /**
   * Ranks that may take a session (or the on-call duty), e.g. {"AM": ["standing", "vice_mayor"]}
   * for "每日上午由市委常委或副市长接访"; a session not listed is open to every rank.
   */
  @Column({ type: 'jsonb', name: 'session_ranks', default: () => "'{}'" })
  sessionRanks!: Partial<Record<DutyCode, LeaderRank[]>>;

  /**
   * Spacing in calendar days inside the period (weekends count): no leader sits twice within
   * this many days; 2 = not on two consecutive days, 1 = no rule.
   */
  @Column({ type: 'int', name: 'spacing_days', default: 2 })
  spacingDays!: number;

  /** The leader who sits the period's first day (e.g. 市委书记 opens each 特护期); null = none. */
  @Column({ type: 'uuid', name: 'first_day_leader_id', nullable: true })
  firstDayLeaderId!: string | null;

  @ManyToOne('Leader', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'first_day_leader_id' })
  firstDayLeader?: Leader;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
