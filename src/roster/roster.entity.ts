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
import type { Unit } from '../org/index.js';

export const ROSTER_STATUSES = ['draft', 'published', 'amending'] as const;
/** draft: never published; published: as published; amending: published, with pending edits. */
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export interface SolverSummary {
  status: string;
  objective: number | null;
  bound: number | null;
  seconds: number;
}

/** One unit's roster for one month, through all its published versions. */
@Entity('roster')
@Index(['unitId', 'month'], { unique: true })
export class Roster {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** YYYY-MM */
  @Column({ type: 'text' })
  month!: string;

  @Column({ type: 'text' })
  status!: RosterStatus;

  /** Optimistic-lock counter: every change increments it; a stale one gets 409. */
  @Column({ type: 'int' })
  version!: number;

  /** Number of the latest published version (0: never published). */
  @Column({ type: 'int', name: 'published_version', default: 0 })
  publishedVersion!: number;

  @Column({ type: 'jsonb', nullable: true })
  solver!: SolverSummary | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
