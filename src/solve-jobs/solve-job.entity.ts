import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { AuthUser } from '../auth/index.js';
import type { ErrorCode } from '../common/error-catalogue.js';
import type { Unit } from '../org/index.js';

export const SOLVE_JOB_KINDS = ['generate', 'resolve', 'amend'] as const;
export type SolveJobKind = (typeof SOLVE_JOB_KINDS)[number];

export const SOLVE_JOB_STATUSES = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type SolveJobStatus = (typeof SOLVE_JOB_STATUSES)[number];

/**
 * What the solver reported last. HiGHS reports at each improving roster: `objective` is that
 * roster's penalty, `bound` the proven lower bound at that moment; `seconds` is measured by the
 * replica running the job and moves on between reports.
 */
export interface SolveJobProgress {
  phase: 'queued' | 'preparing' | 'solving' | 'writing' | 'done';
  seconds: number;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  /** Improving rosters found so far. */
  improvements: number;
  /** The solve's time limit (SOLVER_TIME_LIMIT_SECONDS of the replica running it). */
  limitSeconds?: number;
}

/** An error answer as the job keeps it (codes: src/common/error-catalogue.ts). */
export interface SolveJobFailure {
  status: number;
  code: ErrorCode;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
}

export interface BestDuty {
  date: string;
  session: string;
  leaderId: string;
}

/**
 * One solve run as a job (generate, re-solve, amend). pg-boss executes it (same id); this row is
 * what the office sees. `attempt` fences a retried run: only the attempt that holds the row may
 * write its result, in the same transaction as the roster.
 */
@Entity('solve_job')
// Never two jobs at once for one unit and month.
@Index('UQ_solve_job_active_month', ['unitId', 'month'], {
  unique: true,
  where: "status IN ('queued', 'running')",
})
@Index(['unitId', 'createdAt'])
export class SolveJob {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** YYYY-MM */
  @Column({ type: 'text' })
  month!: string;

  @Column({ type: 'text' })
  kind!: SolveJobKind;

  @Column({ type: 'text' })
  status!: SolveJobStatus;

  /** The roster re-solved or amended, or the one generated. */
  @Column({ type: 'uuid', name: 'roster_id', nullable: true })
  rosterId!: string | null;

  /** version (re-solve) or reason (amend). */
  @Column({ type: 'jsonb', default: {} })
  params!: { version?: number; reason?: string };

  /** The caller who asked, as checked then (the job runs as them). */
  @Column({ type: 'jsonb', name: 'requested_by' })
  requestedBy!: AuthUser;

  /** Fair queueing: minus the unit's jobs already waiting when this one was asked for. */
  @Column({ type: 'int', default: 0 })
  priority!: number;

  @Column({ type: 'int', default: 0 })
  attempt!: number;

  /** Replica (host/pid) running the current attempt. */
  @Column({ type: 'text', nullable: true })
  instance!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  progress!: SolveJobProgress | null;

  /** Best roster found so far (the month's duties) and its penalty. */
  @Column({ type: 'jsonb', nullable: true })
  best!: { objective: number; duties: BestDuty[] } | null;

  @Column({ type: 'jsonb', nullable: true })
  failure!: SolveJobFailure | null;

  @Column({ type: 'boolean', name: 'cancel_requested', default: false })
  cancelRequested!: boolean;

  /** Cancelled with a roster found so far, which was kept. */
  @Column({ type: 'boolean', name: 'kept_best', default: false })
  keptBest!: boolean;

  /** Moves on every change: SSE event ids, in order. */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'heartbeat_at', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
