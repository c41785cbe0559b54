import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

  @Roles('leader', 'admin')
  @Get('leaders/:id/feed')
  @ApiZodResponse(feedLinkResponse)
  async leaderFeed(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
  ) {
    return this.feeds.issue(user, await this.feeds.subjectFor(user, 'leader', id), meta(req));
  }

  @Roles('leader', 'admin')
  @Post('leaders/:id/feed/rotate')
  @ApiZodResponse(feedLinkResponse, 201)
  async rotateLeaderFeed(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.feeds.rotate(user, await this.feeds.subjectFor(user, 'leader', id));
  }

  @Roles('leader', 'admin')
  @Delete('leaders/:id/feed')
  @HttpCode(204)
  async revokeLeaderFeed(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    await this.feeds.revoke(user, await this.feeds.subjectFor(user, 'leader', id));
  }

  @Roles('office', 'petition', 'politics', 'admin')
  @Get('units/:id/feed')
  @ApiZodResponse(feedLinkResponse)
  async unitFeed(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
  ) {
    return this.feeds.issue(user, await this.feeds.subjectFor(user, 'unit', id), meta(req));
  }

  @Roles('office', 'petition', 'politics', 'admin')
  @Post('units/:id/feed/rotate')
  @ApiZodResponse(feedLinkResponse, 201)
  async rotateUnitFeed(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.feeds.rotate(user, await this.feeds.subjectFor(user, 'unit', id));
  }

  @Roles('office', 'petition', 'politics', 'admin')
  @Delete('units/:id/feed')
  @HttpCode(204)
  async revokeUnitFeed(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    await this.feeds.revoke(user, await this.feeds.subjectFor(user, 'unit', id));
  }

  @Roles('department', 'admin')
  @Get('departments/:id/feed')
  @ApiZodResponse(feedLinkResponse)
  async departmentFeed(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
  ) {
    return this.feeds.issue(user, await this.feeds.subjectFor(user, 'department', id), meta(req));
  }

  @Roles('department', 'admin')
  @Post('departments/:id/feed/rotate')
  @ApiZodResponse(feedLinkResponse, 201)
  async rotateDepartmentFeed(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.feeds.rotate(user, await this.feeds.subjectFor(user, 'department', id));
  }

  @Roles('department', 'admin')
  @Delete('departments/:id/feed')
  @HttpCode(204)
  async revokeDepartmentFeed(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    await this.feeds.revoke(user, await this.feeds.subjectFor(user, 'department', id));
  }

  /** The caller's links (administrators: all links, or a unit's), without secrets. */
  @AnyRole()
  @Get('feeds')
  @ApiZodResponse(z.array(feedSummaryResponse))
  async list(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(listQuery)) q: z.infer<typeof listQuery>,
  ) {
    return (await this.tokens.list(user, q.unitId)).map(linkSummary);
  }

  @AnyRole()
  @Delete('feeds/:id')
  @HttpCode(204)
  async revokeOne(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    await this.tokens.revokeById(user, id);
  }
}
