import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AppModule } from './app.module.js';
import { HttpErrorFilter } from './common/http-exception.filter.js';
import { httpLogger, leanHttpLogger, NestPinoLogger } from './common/logger.js';
import type { AppConfig } from './config/index.js';
import { FeedEndpoint } from './feeds/index.js';
import { webAssets } from './web/index.js';
import { buildOpenApiDocument, setApiPrefix } from './openapi/index.js';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

/** Builds the HTTP application (not yet listening); shared by the server and the tests. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const { config, logger } = options;
  // Validation messages reach office staff: Chinese.
  z.config(z.locales.zhCN());
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  if (config.TRUST_PROXY) app.set('trust proxy', true);
  app.disable('x-powered-by');
  serveFeedsAheadOfNest(app, logger);
  app.use(httpLogger(logger));
  // The web page's scripts and styles are same-origin files (no inline script). No
  // upgrade-insecure-requests: the embedded mode is often reached over plain http on an intranet.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // API answers carry personal data (petitioners, unmasked on request; staff contacts; audit
  // trails): no browser, proxy or disk cache may keep them.
  app.use('/api', (_req: Request, res: Response, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(webAssets());
  app.useBodyParser('json', { limit: config.BODY_LIMIT_KB * 1024 });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT_KB * 1024, extended: false });
  setApiPrefix(app);
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  await app.init();
  return app;
}

/**
 * Calendar clients poll /feeds/{token}.ics (src/feeds/feed-endpoint.ts) far more often than people
 * use the API. Answering a poll from cache costs a few tens of microseconds; Nest's pipeline,
 * pino-http and helmet cost ten times that. So feeds get a plain Express route, registered before
 * Nest's middleware and router, with the same request id, access log and error bodies.
 */
function serveFeedsAheadOfNest(app: NestExpressApplication, logger: Logger): void {
  const endpoint = app.get(FeedEndpoint);
  const errors = new HttpErrorFilter(logger);
  const server = app.getHttpAdapter().getInstance() as Express;
  server.get('/feeds/:file', leanHttpLogger(logger), (req: Request, res: Response) => {
    endpoint.serve(req, res).catch((err: unknown) => errors.reply(err, req, res));
  });
}
