import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const UNIT_LEVELS = ['city', 'county'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** How a normal month is covered; special periods override it on their dates. */
export interface RosterRules {
  /** Sessions of a working day that need a leader (many cities cover only the morning). */
  normalSessions: Array<'AM' | 'PM'>;
  normalLeadersPerSession: number;
  /** Soft rule: no leader twice within this many working days. */
  spacingWorkingDays: number;
}

export const DEFAULT_ROSTER_RULES: RosterRules = {
  normalSessions: ['AM'],
  normalLeadersPerSession: 1,
  spacingWorkingDays: 5,
};

export interface SessionTemplate {
  code: 'AM' | 'PM';
  start: string; // HH:mm local time
  end: string;
}

/** A city or county with its own leaders, calendar and rosters. */
@Entity('unit')
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: UnitLevel;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Unit;

  @Column({ type: 'text', name: 'reception_venue' })
  receptionVenue!: string;

  @Column({ type: 'jsonb', name: 'session_templates' })
  sessionTemplates!: SessionTemplate[];

  /** null: DEFAULT_ROSTER_RULES. */
  @Column({ type: 'jsonb', name: 'roster_rules', nullable: true })
  rosterRules!: RosterRules | null;

  /** 落款 of the printed roster notice, e.g. 中共青嵘市委办公室  青嵘市人民政府办公室. */
  @Column({ type: 'text', name: 'issuing_office', default: '' })
  issuingOffice!: string;

  /**
   * A handling deadline falling on a weekend or statutory holiday moves to the next working day
   * (民法典 第二百零三条); the original date is kept and shown.
   */
  @Column({ type: 'boolean', name: 'deadline_rolls_to_working_day', default: true })
  deadlineRollsToWorkingDay!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
