import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { User } from '../auth/index.js';
import type { Department, Leader, Unit } from '../org/index.js';

export const FEED_SCOPES = ['leader', 'unit', 'department'] as const;
/** Whose sessions a feed shows: one leader's, a whole unit's roster, or one department's invitations. */
export type FeedScope = (typeof FEED_SCOPES)[number];

/** Why a link stopped working; any of them answers 410 Gone. */
export type RevokeReason =
  | 'revoked'
  | 'rotated'
  | 'superseded'
  | 'leader_inactive'
  | 'owner_changed'
  | 'department_inactive';

/**
 * One subscription link. The secret is random (256 bits) and only its SHA-256 is stored: a copy of
 * the database does not give anyone a working calendar URL.
 */
@Entity('feed_token')
@Index(['ownerId', 'scope'])
@Index(['leaderId'])
export class FeedToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash!: string;

  /** First characters of the secret, as access logs show them, so people can tell links apart. */
  @Column({ type: 'text' })
  hint!: string;

  @Column({ type: 'text' })
  scope!: FeedScope;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'uuid', name: 'leader_id', nullable: true })
  leaderId!: string | null;

  @ManyToOne('Leader', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  @Column({ type: 'uuid', name: 'department_id', nullable: true })
  departmentId!: string | null;

  @ManyToOne('Department', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  /** The user the link was issued to; the link dies when that user loses the scope. */
  @Column({ type: 'uuid', name: 'owner_id' })
  ownerId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', name: 'revoked_reason', nullable: true })
  revokedReason!: RevokeReason | null;

  /** Written at most once a minute per link and process. */
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;
}
