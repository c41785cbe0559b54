import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { FeedBuilderService } from './feed-builder.service.js';
import { shouldAnswer304 } from './feed-http.js';
import { FeedRateLimiter } from './feed-rate-limiter.js';
import { FeedTokensService, hashToken, TOKEN_PATTERN } from './feed-tokens.service.js';

const FILE = /^(.+)\.ics$/;

const notFound = () => new AppError('FEED_NOT_FOUND');

/**
 * GET /feeds/{token}.ics: what calendar clients poll, answered by a plain Express route that
 * app.factory.ts mounts ahead of Nest's pipeline (a client polls every hour, a unit's worth of
 * clients thousands of times a minute; see bench/feeds.ts). The token is the only credential, so it
 * is a password in the path: private caching, no referrer, masked in access logs
 * (common/logger.ts maskFeedToken), rate-limited. Faults are thrown as AppErrors for the caller to
 * answer the way the rest of the API does.
 */
@Injectable()
export class FeedEndpoint {
  private readonly limiter = new FeedRateLimiter();

  constructor(
    private readonly tokens: FeedTokensService,
    private readonly builder: FeedBuilderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async serve(req: Request, res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // helmet does not run here: an .ics file needs none of its page policies, but must not be
    // sniffed as HTML.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const token = FILE.exec(String(req.params.file))?.[1] ?? '';
    const hash = hashToken(token);
    const wait = this.limiter.hit([
      { key: `a:${req.ip ?? 'unknown'}`, limit: this.config.FEED_RATE_PER_ADDRESS },
      // Keyed by the hash so the secret does not sit in memory longer than the request.
      { key: `t:${hash}`, limit: this.config.FEED_RATE_PER_TOKEN },
    ]);
    if (wait !== undefined) {
      throw new AppError('RATE_LIMITED', undefined, {
        headers: { 'Retry-After': String(wait) },
      });
    }
    if (!TOKEN_PATTERN.test(token)) throw notFound();
    const found = await this.tokens.resolve(hash);
    if (found.status === 'unknown') throw notFound();
    if (found.status === 'gone') {
      // 410 makes Thunderbird and others stop polling and disable the calendar.
      throw new AppError('FEED_GONE');
    }
    await this.tokens.markUsed(found.tokenId);
    const feed = await this.builder.get(found.subject, found.label);
    res.setHeader('ETag', feed.etag);
    res.setHeader('Last-Modified', feed.lastModified.toUTCString());
    if (shouldAnswer304(req.headers, feed.etag, feed.lastModified)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="calendar.ics"');
    res.setHeader('Content-Length', String(feed.body.length));
    // Not res.send: it would re-run Express's freshness check (see feed-http.ts).
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : feed.body);
  }
}
