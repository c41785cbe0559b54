import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Unit } from '../org/index.js';
import type { NamedDate } from './holiday-import.js';

/**
 * A year's arrangement confirmed by a unit's office while no administrator has confirmed it
 * nationally, so the unit can plan. It applies to that unit only, and only until the national
 * year (calendar_year) exists, which then wins.
 */
@Entity('unit_calendar_year')
export class UnitCalendarYear {
  @PrimaryColumn({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** text, json or the package's name, as for calendar_year. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'jsonb' })
  holidays!: NamedDate[];

  @Column({ type: 'jsonb', name: 'makeup_workdays' })
  makeupWorkdays!: NamedDate[];

  @Column({ type: 'uuid', name: 'confirmed_by', nullable: true })
  confirmedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'confirmed_at' })
  confirmedAt!: Date;
}
