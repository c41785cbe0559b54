import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Unit } from '../org/index.js';

/**
 * A per-unit counter bumped in the same transaction as anything that changes its feeds (a roster
 * publication, an appointment change). Every replica compares it with the revision its cached
 * feeds were built from, so a cached feed is rebuilt exactly when its data changed.
 */
@Entity('feed_revision')
export class FeedRevision {
  @PrimaryColumn({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @ManyToOne('Unit', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'bigint' })
  revision!: string;

  @Column({ type: 'timestamptz', name: 'changed_at' })
  changedAt!: Date;
}
