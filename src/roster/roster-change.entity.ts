import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Roster } from './roster.entity.js';

/** Who changed a roster, how and why: generate, solve, move, pin, publish, amend. */
@Entity('roster_change')
@Index(['rosterId', 'at'])
export class RosterChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid', name: 'roster_id' })
  rosterId!: string;

  @ManyToOne(() => Roster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'roster_id' })
  roster?: Roster;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail!: Record<string, unknown>;
}
