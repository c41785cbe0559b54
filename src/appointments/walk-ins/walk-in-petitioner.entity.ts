import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WalkInReception } from './walk-in.entity.js';

/**
 * A walk-in petitioner (or one of at most 5 representatives of a group), stored exactly as a
 * case's petitioner: AES-256-GCM ciphertext, the ID number also as an HMAC for duplicates.
 */
@Entity('walk_in_petitioner')
@Index(['walkInId', 'position'], { unique: true })
@Index(['idNumberHmac'])
export class WalkInPetitioner {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'walk_in_id' })
  walkInId!: string;

  @ManyToOne(() => WalkInReception, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'walk_in_id' })
  walkIn?: WalkInReception;

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
