import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The HTTP validators of one feed as subscribers last saw them change: its ETag and the moment a
 * body with that ETag was first built. Last-Modified comes from here, so it moves exactly when the
 * feed's own bytes change (an event removed included), not when something else of the unit did,
 * and every replica sends the same one.
 */
@Entity('feed_validator')
export class FeedValidator {
  /** leader:<id>, department:<id> or unit:<id> (feed-scope.ts subjectKey). */
  @PrimaryColumn({ type: 'text', name: 'subject_key' })
  subjectKey!: string;

  @Column({ type: 'text' })
  etag!: string;

  @Column({ type: 'timestamptz', name: 'modified_at' })
  modifiedAt!: Date;
}
