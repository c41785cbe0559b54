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
import type { DutyCode } from '../calendar/index.js';
import type { Leader } from '../org/index.js';
import { Roster } from './roster.entity.js';

/** One leader sitting one session of a roster. */
@Entity('roster_assignment')
@Index(['rosterId', 'date', 'session', 'leaderId'], { unique: true })
export class RosterAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'roster_id' })
  rosterId!: string;

  @ManyToOne(() => Roster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'roster_id' })
  roster?: Roster;

  @Column({ type: 'date' })
  date!: string;

  /** AM / PM reception session, or CALL: the 24-hour on-call duty of a special-period day. */
  @Column({ type: 'text' })
  session!: DutyCode;

  @Column({ type: 'uuid', name: 'leader_id' })
  leaderId!: string;

  @ManyToOne('Leader', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  /** Fixed by staff: re-solving keeps it. */
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  /** Counts changes to this duty (calendar feeds publish it as SEQUENCE). */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  /**
   * 确认出席: when the sitting leader (or secretary, or 两办 on the phone) confirmed this duty;
   * cleared when the duty moves or changes hands, since the new sitter has not confirmed.
   */
  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;

  /** How it was confirmed: page (a logged-in user, by name) or link (the reminder's one-click link). */
  @Column({ type: 'text', name: 'confirmed_via', nullable: true })
  confirmedVia!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
