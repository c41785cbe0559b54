import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { FeedRevision } from './feed-revision.entity.js';
import { FeedValidator } from './feed-validator.entity.js';

export interface UnitRevision {
  revision: string;
  changedAt: Date | null;
}

/** How long a replica trusts the revision it read, i.e. how stale another replica's change may look. */
export const REVISION_RECHECK_MS = 1000;
/** After a local change, re-read every time for a while: the change may commit after we read. */
const BYPASS_MS = 5000;

@Injectable()
export class FeedRevisionsService {
  private readonly cache = new Map<string, { value: UnitRevision; at: number }>();
  private readonly bypassUntil = new Map<string, number>();

  constructor(
    @InjectRepository(FeedRevision) private readonly revisions: Repository<FeedRevision>,
    @InjectRepository(FeedValidator) private readonly validators: Repository<FeedValidator>,
  ) {}

  /**
   * When the feed with this ETag was first built: unchanged bytes keep their moment; new bytes get
   * `changedAt` (the change of the unit that made them; now at the latest), and always at least a
   * second after the previous moment (Last-Modified counts seconds).
   */
  async modifiedAt(subjectKey: string, etag: string, changedAt: Date): Promise<Date> {
    const rows: Array<{ modified_at: Date }> = await this.validators.query(
      `INSERT INTO feed_validator (subject_key, etag, modified_at) VALUES ($1, $2, LEAST($3, now()))
       ON CONFLICT (subject_key) DO UPDATE
         SET etag = EXCLUDED.etag,
             modified_at = GREATEST(EXCLUDED.modified_at, feed_validator.modified_at + interval '1 second')
         WHERE feed_validator.etag <> EXCLUDED.etag
       RETURNING modified_at`,
      [subjectKey, etag, changedAt],
    );
    if (rows.length) return rows[0].modified_at;
    return (await this.validators.findOneByOrFail({ subjectKey })).modifiedAt;
  }

  async current(unitId: string): Promise<UnitRevision> {
    const now = Date.now();
    const cached = this.cache.get(unitId);
    const bypass = (this.bypassUntil.get(unitId) ?? 0) > now;
    if (cached && !bypass && now - cached.at < REVISION_RECHECK_MS) return cached.value;
    const row = await this.revisions.findOne({ where: { unitId } });
    const value = row
      ? { revision: row.revision, changedAt: row.changedAt }
      : { revision: '0', changedAt: null };
    this.cache.set(unitId, { value, at: now });
    return value;
  }

  /** Marks a unit's feeds as changed, inside the caller's transaction. */
  async touch(tx: EntityManager, unitId: string): Promise<void> {
    await tx.query(
      `INSERT INTO feed_revision (unit_id, revision, changed_at) VALUES ($1, 1, now())
       ON CONFLICT (unit_id) DO UPDATE SET revision = feed_revision.revision + 1, changed_at = now()`,
      [unitId],
    );
    this.cache.delete(unitId);
    this.bypassUntil.set(unitId, Date.now() + BYPASS_MS);
  }
}
