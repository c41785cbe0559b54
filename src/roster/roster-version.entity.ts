import type { DutyCode } from '../calendar/index.js';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Roster } from './roster.entity.js';

export interface DutySnapshot {
  assignmentId: string;
  date: string;
  session: DutyCode;
  leaderId: string;
  /** The duty's change counter and last change at publication (calendar feeds need both). */
  sequence: number;
  updatedAt: string;
}

export interface DutyChange {
  change: 'added' | 'removed';
  date: string;
  session: DutyCode;
  leaderId: string;
}

/** A published version N of a roster, frozen: its duties and what changed since N-1. */
@Entity('roster_version')
@Index(['rosterId', 'number'], { unique: true })
export class RosterVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'roster_id' })
  rosterId!: string;

  @ManyToOne(() => Roster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'roster_id' })
  roster?: Roster;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'timestamptz', name: 'published_at' })
  publishedAt!: Date;

  @Column({ type: 'uuid', name: 'published_by' })
  publishedBy!: string;

  @Column({ type: 'text', name: 'published_by_name' })
  publishedByName!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  duties!: DutySnapshot[];

  @Column({ type: 'jsonb' })
  changes!: DutyChange[];
}
