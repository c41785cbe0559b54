import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Unit } from '../org/index.js';

/**
 * A month whose roster is being generated. Taken before the solve, so that concurrent requests
 * for the same month get 409 at once instead of each running a solve; given back when the roster
 * is written or the solve fails. Left behind by a crashed process, it lapses at `expiresAt`.
 */
@Entity('roster_reservation')
export class RosterReservation {
  @PrimaryColumn({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  /** YYYY-MM */
  @PrimaryColumn({ type: 'text' })
  month!: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;
}
