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
import type { Leader } from '../org/index.js';
import { PriorityCase } from './priority-case.entity.js';

export const APPOINTMENT_STATUSES = [
  'proposed',
  'scheduled',
  'postponed',
  'superseded',
  'received',
  'cancelled',
] as const;
/**
 * proposed (by matching or a reassignment) → scheduled (accepted) → received; postponed sends the
 * case back to the pool; superseded: replaced by a later matching run.
 */
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** A leader receiving a priority case in one of their rostered sessions (约访). */
@Entity('appointment')
@Index(['unitId', 'date'])
@Index(['caseId'])
export class Appointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => PriorityCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  priorityCase?: PriorityCase;

  @Column({ type: 'uuid', name: 'leader_id' })
  leaderId!: string;

  @ManyToOne('Leader', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  session!: 'AM' | 'PM';

  /** Slot inside the session, HH:mm local time; set when the proposal is accepted. */
  @Column({ type: 'text', name: 'slot_start', nullable: true })
  slotStart!: string | null;

  @Column({ type: 'text', name: 'slot_end', nullable: true })
  slotEnd!: string | null;

  @Column({ type: 'uuid', array: true, name: 'department_ids', default: () => "'{}'" })
  departmentIds!: string[];

  @Column({ type: 'text' })
  status!: AppointmentStatus;

  /** Month of the matching run that proposed it (YYYY-MM). */
  @Column({ type: 'text' })
  month!: string;

  /** Weight of the pair in the matching model (higher = more urgent / better fit). */
  @Column({ type: 'int', default: 0 })
  score!: number;

  /** Set when a roster amendment removed the session: staff must look again. */
  @Column({ type: 'boolean', default: false })
  flagged!: boolean;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
