import { Controller, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, STAFF } from '../auth/index.js';
import { IdParam, ZodQuery } from '../common/route-params.js';
import { linkSummary } from './feed-links.js';
import { FeedTokensService } from './feed-tokens.service.js';
import { FeedsService } from './feeds.service.js';
import { feedLinkResponse, feedSummaryResponse } from './feeds.responses.js';

const meta = (req: Request & { id?: unknown }) => ({
  ip: req.ip,
  requestId: req.id ? String(req.id) : undefined,
});

const listQuery = z.strictObject({ unitId: z.uuid().optional() });

/**
 * Calendar links for the caller's own scope: GET issues a link (each call a new one, since the
 * secret is stored only as a hash and cannot be shown twice), POST …/rotate replaces the caller's
 * links to that feed, DELETE revokes them.
 */
@ApiTags('feeds')
@ApiBearerAuth()
@Controller()
export class FeedSubscriptionsController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly tokens: FeedTokensService,
  ) {}

  @Endpoint.get('leaders/:id/feed', { roles: ['leader', 'admin'], response: feedLinkResponse })
  async leaderFeed(@CurrentUser() user: AuthUser, @IdParam() id: string, @Req() req: Request) {
    return this.feeds.issue(user, await this.feeds.subjectFor(user, 'leader', id), meta(req));
  }

  @Endpoint.post('leaders/:id/feed/rotate', {
    roles: ['leader', 'admin'],
    response: feedLinkResponse,
  })
  async rotateLeaderFeed(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.feeds.rotate(user, await this.feeds.subjectFor(user, 'leader', id));
  }

  @Endpoint.delete('leaders/:id/feed', { roles: ['leader', 'admin'], status: 204 })
  async revokeLeaderFeed(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    await this.feeds.revoke(user, await this.feeds.subjectFor(user, 'leader', id));
  }

  @Endpoint.get('units/:id/feed', {
    roles: STAFF,
    response: feedLinkResponse,
  })
  async unitFeed(@CurrentUser() user: AuthUser, @IdParam() id: string, @Req() req: Request) {
    return this.feeds.issue(user, await this.feeds.subjectFor(user, 'unit', id), meta(req));
  }

  @Endpoint.post('units/:id/feed/rotate', {
    roles: STAFF,
    response: feedLinkResponse,
  })
  async rotateUnitFeed(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.feeds.rotate(user, await this.feeds.subjectFor(user, 'unit', id));
  }

  @Endpoint.delete('units/:id/feed', {
    roles: STAFF,
    status: 204,
  })
  async revokeUnitFeed(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    await this.feeds.revoke(user, await this.feeds.subjectFor(user, 'unit', id));
  }

  @Endpoint.get('departments/:id/feed', {
    roles: ['department', 'admin'],
    response: feedLinkResponse,
  })
  async departmentFeed(@CurrentUser() user: AuthUser, @IdParam() id: string, @Req() req: Request) {
    return this.feeds.issue(user, await this.feeds.subjectFor(user, 'department', id), meta(req));
  }

  @Endpoint.post('departments/:id/feed/rotate', {
    roles: ['department', 'admin'],
    response: feedLinkResponse,
  })
  async rotateDepartmentFeed(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.feeds.rotate(user, await this.feeds.subjectFor(user, 'department', id));
  }

  @Endpoint.delete('departments/:id/feed', { roles: ['department', 'admin'], status: 204 })
  async revokeDepartmentFeed(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    await this.feeds.revoke(user, await this.feeds.subjectFor(user, 'department', id));
  }

  /** The caller's links (administrators: all links, or a unit's), without secrets. */
  @Endpoint.get('feeds', { roles: 'any', response: z.array(feedSummaryResponse) })
  async list(@CurrentUser() user: AuthUser, @ZodQuery(listQuery) q: z.infer<typeof listQuery>) {
    return (await this.tokens.list(user, q.unitId)).map(linkSummary);
  }

  @Endpoint.delete('feeds/:id', { roles: 'any', status: 204 })
  async revokeOne(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    await this.tokens.revokeById(user, id);
  }
}
