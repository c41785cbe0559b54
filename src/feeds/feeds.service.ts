import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuthUser } from '../auth/index.js';
import { AppError, forbidden } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { DepartmentsService, LeadersService, OrgHooks, UnitsService } from '../org/index.js';
import { feedLink, type FeedLink } from './feed-links.js';
import { FeedRevisionsService } from './feed-revisions.service.js';
import { canHold, type FeedSubject } from './feed-scope.js';
import { FeedTokensService } from './feed-tokens.service.js';

export interface RequestMeta {
  ip?: string;
  requestId?: string;
}

/**
 * Feed links for their holders, and what other modules call: touch() when feed data changes,
 * onLeaderDeactivated()/onDepartmentDeactivated() when they leave. A user whose role changes loses
 * their links on next use (FeedTokensService.resolve re-checks the holder).
 */
@Injectable()
export class FeedsService implements OnModuleInit {
  constructor(
    private readonly tokens: FeedTokensService,
    private readonly revisions: FeedRevisionsService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
    private readonly orgHooks: OrgHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Links die with the leader or department they show, in the deactivating transaction. */
  onModuleInit(): void {
    this.orgHooks.register({
      onLeaderDeactivated: async (tx, e) => {
        await this.onLeaderDeactivated(e.leaderId, tx);
      },
      onDepartmentDeactivated: async (tx, e) => {
        await this.onDepartmentDeactivated(e.departmentId, tx);
      },
    });
  }

  private get baseUrl(): string {
    return this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
  }

  /** The feed a path names, checked against the caller (404/403 as the org endpoints answer). */
  async subjectFor(user: AuthUser, scope: FeedSubject['scope'], id: string): Promise<FeedSubject> {
    let subject: FeedSubject;
    if (scope === 'leader') {
      const leader = await this.leaders.get(user, id);
      if (!leader.active) throw new AppError('LEADER_INACTIVE');
      subject = { scope, unitId: leader.unitId, leaderId: leader.id };
    } else if (scope === 'department') {
      const department = await this.departments.get(user, id);
      if (!department.active) {
        throw new AppError('DEPARTMENT_INACTIVE');
      }
      subject = { scope, unitId: department.unitId, departmentId: department.id };
    } else {
      const unit = await this.units.get(user, id);
      subject = { scope, unitId: unit.id };
    }
    if (!canHold(user, subject)) throw forbidden('只能订阅本人（本部门、本单位）的日程');
    return subject;
  }

  /** A new link to the caller's feed (the secret cannot be shown again: only its hash is kept). */
  async issue(user: AuthUser, subject: FeedSubject, meta: RequestMeta): Promise<FeedLink> {
    const { token, row } = await this.tokens.issue(user, subject);
    // GET issues links, and GETs are not audited automatically.
    await this.audit.record({
      user,
      action: 'feed.issue',
      entityType: 'feed_token',
      entityId: row.id,
      ip: meta.ip,
      requestId: meta.requestId,
      detail: { scope: subject.scope },
    });
    return feedLink(this.baseUrl, token, row);
  }

  /** Ends the caller's links to the feed and hands out a new one. */
  async rotate(user: AuthUser, subject: FeedSubject): Promise<FeedLink> {
    await this.tokens.revokeOwn(user, subject, 'rotated');
    const { token, row } = await this.tokens.issue(user, subject);
    return feedLink(this.baseUrl, token, row);
  }

  revoke(user: AuthUser, subject: FeedSubject): Promise<number> {
    return this.tokens.revokeOwn(user, subject, 'revoked');
  }

  /**
   * For the roster and appointments modules: call inside the transaction that changes what a
   * unit's feeds show, so every replica rebuilds them once it commits.
   */
  touch(tx: EntityManager, unitId: string): Promise<void> {
    return this.revisions.touch(tx, unitId);
  }

  /**
   * For the org module, when a leader leaves: every link to their feed answers 410 from now on.
   * (Links are also checked on use, so a missed call only delays this by a second.)
   */
  onLeaderDeactivated(leaderId: string, tx?: EntityManager): Promise<number> {
    return this.tokens.revokeForLeader(leaderId, 'leader_inactive', tx);
  }

  /** For the org module, when a department is deactivated: its links answer 410. */
  onDepartmentDeactivated(departmentId: string, tx?: EntityManager): Promise<number> {
    return this.tokens.revokeForDepartment(departmentId, 'department_inactive', tx);
  }
}
