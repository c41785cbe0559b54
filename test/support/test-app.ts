import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { createLogger } from '../../src/common/logger.js';
import { loadConfig } from '../../src/config/config.js';
import { TEST_DEMO_PASSWORD, TEST_JWT_SECRET, TEST_PII_KEYS } from './constants.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

type TestAgent = ReturnType<typeof request>;

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  dataSource: DataSource;
  http: TestAgent;
  /** The service's clock: tests move "now" (e.g. to before a month, or past a session's start). */
  clock: Clock;
  /** Bearer header for a demo user (cached per username). */
  auth(username: string): Promise<{ Authorization: string }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  logger?: Logger;
  /** Reuse an existing database instead of cloning a new one (e.g. two replicas). */
  db?: TestDatabase;
  databaseUrl?: string;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const databaseUrl = options.databaseUrl ?? db.url;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    ...TEST_PII_KEYS,
    LOG_LEVEL: 'silent',
    // Every request in a test comes from one address: keep the limit out of the way by default.
    LOGIN_MAX_ATTEMPTS: '1000',
    DB_CONNECT_TIMEOUT_MS: '5000',
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl,
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    db,
    dataSource: app.get(DataSource),
    http,
    clock: app.get(Clock),
    async auth(username: string) {
      let token = tokens.get(username);
      if (!token) {
        const res = await http
          .post('/api/v1/auth/login')
          .send({ username, password: TEST_DEMO_PASSWORD });
        if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
        token = res.body.accessToken as string;
        tokens.set(username, token);
      }
      return { Authorization: `Bearer ${token}` };
    },
    async close() {
      await app.close();
      if (!options.db) await db.drop();
    },
  };
}
