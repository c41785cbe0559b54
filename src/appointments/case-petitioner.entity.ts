import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PriorityCase } from './priority-case.entity.js';

/**
 * A petitioner (or one of at most 5 representatives of a group) of a priority case. Name, phone and
 * ID number are stored only as AES-256-GCM ciphertext; the ID number also as an HMAC so repeats and
 * duplicates can be found without decrypting anything.
 */
@Entity('case_petitioner')
@Index(['caseId', 'position'], { unique: true })
@Index(['idNumberHmac'])
export class CasePetitioner {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => PriorityCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  priorityCase?: PriorityCase;

  /** 0 = the main petitioner (主访人). */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text', name: 'name_enc' })
  nameEnc!: string;

  @Column({ type: 'text', name: 'phone_enc', nullable: true })
  phoneEnc!: string | null;

  @Column({ type: 'text', name: 'id_number_enc' })
  idNumberEnc!: string;

  @Column({ type: 'text', name: 'id_number_hmac' })
  idNumberHmac!: string;
}
