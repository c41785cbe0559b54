import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock, CHINA_ZONE, chinaDate } from '../common/clock.js';
import { isPublicLeader, LeadersService, UnitsService, venueOf } from '../org/index.js';
import { RostersService } from '../roster/index.js';
import { FeedAppointmentsRegistry } from './feed-appointments.js';
import { departmentFeed, leaderFeed, unitFeed, type FeedContext } from './feed-content.js';
import { FeedRevisionsService } from './feed-revisions.service.js';
import { subjectKey, type FeedSubject } from './feed-scope.js';
import { renderFeed, type FeedModel } from './ical-render.js';

export interface BuiltFeed {
  body: Buffer;
  /** Strong: a hash of the bytes. */
  etag: string;
  lastModified: Date;
}

interface CacheEntry {
  feed: BuiltFeed;
  revision: string;
  day: string;
  builtAt: number;
}

/** Data a feed does not track through the revision (leader names, venue) is re-read this often. */
const MAX_AGE_MS = 3600_000;
const PAST_DAYS = 90;
const AHEAD_MONTHS = 12;

/**
 * Builds feed bodies and keeps them until the unit's feed revision (bumped by publications and
 * appointment changes), the day (the window moves) or the hour changes. Rendering is
 * deterministic, so a rebuild without a change yields the same bytes and ETag.
 */
@Injectable()
export class FeedBuilderService {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly building = new Map<string, Promise<CacheEntry>>();

  constructor(
    private readonly rosters: RostersService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly appointments: FeedAppointmentsRegistry,
    private readonly revisions: FeedRevisionsService,
    private readonly clock: Clock,
  ) {}

  private day = { at: 0, value: '' };

  /** The civil date that anchors the window; recomputed at most once a second (luxon is not free). */
  private today(): string {
    // The service's clock (tests move it, also backwards): a jump either way recomputes.
    const now = this.clock.now().getTime();
    if (Math.abs(now - this.day.at) > 1000) {
      this.day = { at: now, value: chinaDate(new Date(now)) };
    }
    return this.day.value;
  }

  /** `label` is the department's name for department feeds. */
  async get(subject: FeedSubject, label = ''): Promise<BuiltFeed> {
    const key = subjectKey(subject);
    const { revision, changedAt } = await this.revisions.current(subject.unitId);
    const day = this.today();
    const hit = this.cache.get(key);
    if (
      hit &&
      hit.revision === revision &&
      hit.day === day &&
      Date.now() - hit.builtAt < MAX_AGE_MS
    ) {
      return hit.feed;
    }
    // One build per feed at a time: a burst of polls after a publication waits for the same one.
    const flight = `${key}|${revision}|${day}`;
    let pending = this.building.get(flight);
    if (!pending) {
      pending = this.build(subject, label, changedAt ?? new Date(0))
        .then((feed) => ({ feed, revision, day, builtAt: Date.now() }))
        .finally(() => this.building.delete(flight));
      this.building.set(flight, pending);
    }
    const entry = await pending;
    this.cache.set(key, entry);
    return entry.feed;
  }

  private async build(subject: FeedSubject, label: string, unitChangedAt: Date) {
    const unit = await this.units.byId(subject.unitId);
    const today = DateTime.fromJSDate(this.clock.now()).setZone(CHINA_ZONE);
    const window = {
      from: today.minus({ days: PAST_DAYS }).toISODate()!,
      to: today.plus({ months: AHEAD_MONTHS }).toISODate()!,
    };
    const leaders = await this.leaders.forUnit(unit.id);
    const ctx: FeedContext = {
      unit,
      leaders: new Map(
        leaders.map((l) => [
          l.id,
          {
            name: l.name,
            title: l.title,
            venue: venueOf(unit, l),
            publicReception: isPublicLeader(l),
          },
        ]),
      ),
      window,
    };
    const duties = await this.rosters.publishedDuties(unit.id, window.from, window.to);
    let model: FeedModel;
    if (subject.scope === 'leader') {
      const appointments = await this.appointments.forUnit(unit.id, window.from, window.to);
      model = leaderFeed(ctx, subject.leaderId, duties, appointments);
    } else if (subject.scope === 'department') {
      const invitations = await this.appointments.forDepartment(
        subject.departmentId,
        window.from,
        window.to,
      );
      model = departmentFeed(ctx, label, duties, invitations);
    } else {
      model = unitFeed(ctx, duties);
    }
    const body = Buffer.from(renderFeed(model), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    // New bytes were made by the unit's latest change (or by an event's own, whichever is later).
    const changedAt = Math.max(
      unitChangedAt.getTime(),
      unit.createdAt.getTime(),
      ...model.events.map((e) => e.changedAt.getTime()),
    );
    const lastModified = await this.revisions.modifiedAt(
      subjectKey(subject),
      etag,
      new Date(changedAt),
    );
    return { body, etag, lastModified };
  }
}
