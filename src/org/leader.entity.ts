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
export const ROTATION_POOL_NAMES: Record<RotationPool, string> = {
  party_government: '党政',
  npc: '人大',
  cppcc: '政协',
};

export const LEADER_RANKS = [
  'principal',
  'standing',
  'vice_mayor',
  'npc',
  'cppcc',
  'other',
] as const;
/**
 * 主要领导 (书记/市长) / 市委常委 / 副市长 / 人大 / 政协 / 其他: a leader's rank, used by rules such as
 * "每日上午由市委常委或副市长接访" (a special period's sessions open to some ranks only).
 */
export type LeaderRank = (typeof LEADER_RANKS)[number];

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

  /** Fewest sessions a quarter (a soft rule, like the monthly minimum). */
  @Column({ type: 'int', name: 'min_sessions_per_quarter', nullable: true })
  minSessionsPerQuarter!: number | null;

  @Column({ type: 'text', default: 'other' })
  rank!: LeaderRank;

  /** Where the leader receives petitioners; null = the unit's reception venue. */
  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  /**
   * Whether the leader's duties are public. 纪检监察 leaders receive in a separate place, not
   * publicly: their duties never appear in the unit feed, the notice or any public list.
   */
  @Column({ type: 'boolean', name: 'public_reception', default: true })
  publicReception!: boolean;

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
