import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Unit } from '../org/index.js';

export const OVERRIDE_KINDS = ['closure', 'extra_workday'] as const;
/** closure: the hall is shut on a working day (typhoon …); extra_workday: open on a day off. */
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

/** A unit's own exception to the national calendar; at most one per unit and date. */
@Entity('calendar_override')
@Index(['unitId', 'date'], { unique: true })
export class CalendarOverride {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: OverrideKind;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
