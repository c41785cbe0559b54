import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import type { AppConfig } from './config/index.js';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './database/index.js';
import { PiiCrypto } from './appointments/index.js';
import { isEmpty, seedDemoCity, seedDemoHallYear } from './demo/index.js';

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
  // A year of hall records (marked demo) so the report page and its xlsx have content.
  await seedDemoHallYear(db, app.get(PiiCrypto));
  const users = 'admin, office, petition, politics, leader01..leader20';
  if (config.DEMO_PASSWORD) {
    logger.info({ users }, 'demo city 青嵘市 seeded; demo users use DEMO_PASSWORD');
    return;
  }
  // The one secret a new user needs, printed once (the next start finds the data and seeds
  // nothing) on a plain line of its own: the JSON logger redacts every `password` field.
  process.stdout.write(`demo password: ${password}\n`);
  logger.info(
    { users },
    'demo city 青嵘市 seeded; the demo password is on the line "demo password: …" above (shown once)',
  );
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i;

/** True when other machines can reach the service, i.e. it does not listen on loopback only. */
export function listensBeyondLoopback(host: string): boolean {
  return !LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

/** Feed links and QR codes built from http://localhost:PORT mean nothing on other machines. */
function warnWithoutPublicUrl(config: AppConfig, logger: Logger): void {
  if (config.PUBLIC_URL || !listensBeyondLoopback(config.HOST)) return;
  logger.warn(
    { host: config.HOST, feedLinksStartWith: `http://localhost:${config.PORT}` },
    'PUBLIC_URL is not set: calendar feed links and QR codes point to localhost, which other ' +
      'machines cannot reach; set PUBLIC_URL to the address users reach this service at ' +
      '（未设置 PUBLIC_URL，日历订阅链接和二维码指向 localhost）',
  );
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
      onNotice: (message, detail) => logger.warn(detail, message),
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
  warnWithoutPublicUrl(config, logger);
  return {
    app,
    url,
    close: async () => {
      await app.close();
      await embedded?.stop();
    },
  };
}
