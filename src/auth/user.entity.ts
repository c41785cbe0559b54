import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Department, Leader, Unit } from '../org/index.js';

export const ROLES = ['admin', 'office', 'petition', 'politics', 'leader', 'department'] as const;
/** admin; office = 两办; petition = 信访局; politics = 政法委; leader (or secretary); department liaison. */
export type Role = (typeof ROLES)[number];

/**
 * An account. Like every entity, it names another module's entities in its relations instead of
 * importing them; here it matters most: org's controllers use auth's guards and decorators, so
 * auth must load without org (a cycle would leave the classes undefined when the decorators run).
 */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** Set for role leader: the leader this account (the leader or the secretary) acts for. */
  @Column({ type: 'uuid', name: 'leader_id', nullable: true })
  leaderId!: string | null;

  @ManyToOne('Leader', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  /** Set for role department. */
  @Column({ type: 'uuid', name: 'department_id', nullable: true })
  departmentId!: string | null;

  @ManyToOne('Department', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
