import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { FeedRevision } from './feed-revision.entity.js';

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
  ) {}

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
