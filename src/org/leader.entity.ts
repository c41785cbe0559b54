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
import { Unit } from './unit.entity.js';

export const ROTATION_POOLS = ['party_government', 'npc', 'cppcc'] as const;
/** 党政 / 人大 / 政协: leaders rotate within their pool. */
export type RotationPool = (typeof ROTATION_POOLS)[number];

export interface ContactChannels {
  phone?: string;
  email?: string;
  wecomUserId?: string;
  dingtalkUserId?: string;
}

export interface Secretary {
  name: string;
  phone?: string;
  email?: string;
}

@Entity('leader')
@Index(['unitId', 'code'], { unique: true })
export class Leader {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** Short office code such as L01, unique within the unit. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  title!: string;

  /** 排序: lower comes first in notices and lists. */
  @Column({ type: 'int', name: 'protocol_order' })
  protocolOrder!: number;

  @Column({ type: 'text', name: 'rotation_pool' })
  rotationPool!: RotationPool;

  @Column({ type: 'text', array: true, name: 'portfolio_subjects', default: () => "'{}'" })
  portfolioSubjects!: string[];

  @Column({ type: 'text', name: 'portfolio_text', default: '' })
  portfolioText!: string;

  @Column({ type: 'int', name: 'min_sessions_per_month' })
  minSessionsPerMonth!: number;

  @Column({ type: 'int', name: 'max_sessions_per_month' })
  maxSessionsPerMonth!: number;

  /** For leaders who sit once per quarter (书记, 人大, 政协) rather than monthly. */
  @Column({ type: 'int', name: 'max_sessions_per_quarter', nullable: true })
  maxSessionsPerQuarter!: number | null;

  @Column({ type: 'date', name: 'active_from' })
  activeFrom!: string;

  @Column({ type: 'date', name: 'active_to', nullable: true })
  activeTo!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  contact!: ContactChannels;

  @Column({ type: 'jsonb', nullable: true })
  secretary!: Secretary | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
