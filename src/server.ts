import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import type { AppConfig } from './config/config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { isEmpty, seedDemoCity } from './demo/demo-seed.js';

export interface RunningServer {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The embedded mode keeps its token-signing secret beside its data, created on first start. */
async function embeddedJwtSecret(dataDir: string): Promise<string> {
  const file = join(resolve(dataDir), 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(resolve(dataDir), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

async function seedDemoIfWanted(
  app: INestApplication,
  config: AppConfig,
  embedded: boolean,
  logger: Logger,
) {
  if (!embedded && !config.SEED_DEMO) return;
  const db = app.get(DataSource);
  if (!(await isEmpty(db))) return;
  const password = config.DEMO_PASSWORD ?? randomBytes(9).toString('base64url');
  await seedDemoCity(db, password);
  if (config.DEMO_PASSWORD) {
    logger.info('demo city 青嵘市 seeded; demo users use DEMO_PASSWORD');
  } else {
    // Printed once: the next start finds the data and seeds nothing.
    logger.info(
      { users: 'admin, office, petition, politics, leader01..leader20', password },
      'demo city 青嵘市 seeded; demo password (shown once)',
    );
  }
}

/** Starts the database (embedded unless DATABASE_URL is set), migrates, seeds the demo, listens. */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedDatabase({
      dataDir: config.DATA_DIR,
      onLog: (message) => logger.debug({ source: 'postgres' }, message.trim()),
    });
    databaseUrl = embedded.url;
    config = {
      ...config,
      JWT_SECRET: config.JWT_SECRET ?? (await embeddedJwtSecret(config.DATA_DIR)),
    };
    logger.info(
      { port: embedded.port, ms: Date.now() - started, dataDir: resolve(config.DATA_DIR) },
      'embedded PostgreSQL started',
    );
  }
  let app: INestApplication | undefined;
  try {
    app = await createApp({ config, databaseUrl, logger });
    await seedDemoIfWanted(app, config, embedded !== undefined, logger);
    await app.listen(config.PORT, config.HOST);
  } catch (err) {
    await app?.close().catch(() => undefined);
    await embedded?.stop();
    throw err;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  return {
    app,
    url,
    close: async () => {
      await app.close();
      await embedded?.stop();
    },
  };
}
