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
import type { Department, Leader } from '../org/index.js';
import { Appointment } from './appointment.entity.js';

export const RECEPTION_OUTCOMES = ['resolved', 'assigned', 'transferred', 'other'] as const;
/** 当场化解 / 交办 / 转送 / 其他 */
export type ReceptionOutcome = (typeof RECEPTION_OUTCOMES)[number];

/** What happened when a leader received an appointment: the source of 批次 / 人次 figures. */
@Entity('reception_record')
@Index(['unitId', 'date'])
@Index(['appointmentId'], { unique: true })
export class ReceptionRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @Column({ type: 'uuid', name: 'appointment_id' })
  appointmentId!: string;

  @ManyToOne(() => Appointment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appointment_id' })
  appointment?: Appointment;

  @Column({ type: 'uuid', name: 'leader_id' })
  leaderId!: string;

  @ManyToOne('Leader', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  @Column({ type: 'date' })
  date!: string;

  /** 人次: persons received. */
  @Column({ type: 'int' })
  persons!: number;

  /** 批次: batches (a group received together counts 1). */
  @Column({ type: 'int' })
  batches!: number;

  @Column({ type: 'text' })
  outcome!: ReceptionOutcome;

  @Column({ type: 'uuid', name: 'handling_department_id', nullable: true })
  handlingDepartmentId!: string | null;

  @ManyToOne('Department', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'handling_department_id' })
  handlingDepartment?: Department;

  /**
   * The handling deadline the clocks follow: 60 days from the reception for assigned/transferred
   * matters (条例 第34条), 90 once extended, moved past a weekend or statutory holiday to the next
   * working day when the unit rolls deadlines (民法典 第二百零三条); null otherwise.
   */
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate!: string | null;

  /** The last day as counted (60 or 90 days), before any roll to a working day; kept and shown. */
  @Column({ type: 'date', name: 'nominal_due_date', nullable: true })
  nominalDueDate!: string | null;

  /** Set once the 30-day extension was granted. */
  @Column({ type: 'text', name: 'extension_reason', nullable: true })
  extensionReason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
