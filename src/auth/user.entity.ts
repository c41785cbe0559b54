import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Department } from '../org/department.entity.js';
import { Leader } from '../org/leader.entity.js';
import { Unit } from '../org/unit.entity.js';

export const ROLES = ['admin', 'office', 'petition', 'politics', 'leader', 'department'] as const;
/** admin; office = 两办; petition = 信访局; politics = 政法委; leader (or secretary); department liaison. */
export type Role = (typeof ROLES)[number];

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

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** Set for role leader: the leader this account (the leader or the secretary) acts for. */
  @Column({ type: 'uuid', name: 'leader_id', nullable: true })
  leaderId!: string | null;

  @ManyToOne(() => Leader, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'leader_id' })
  leader?: Leader;

  /** Set for role department. */
  @Column({ type: 'uuid', name: 'department_id', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
