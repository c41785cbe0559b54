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

export interface DepartmentContact {
  person?: string;
  phone?: string;
  email?: string;
}

/** A government department invited when a case in its field is received (住建局, 人社局 …). */
@Entity('department')
@Index(['unitId', 'name'], { unique: true })
export class Department {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true, name: 'subject_codes', default: () => "'{}'" })
  subjectCodes!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  contact!: DepartmentContact;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
