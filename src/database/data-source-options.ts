import type { DataSourceOptions } from 'typeorm';
import { DeadlineClient } from './deadline-client.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface PoolSettings {
  poolSize: number;
  connectTimeoutMs: number;
  /**
   * Longest a statement may run (server side, `statement_timeout`, lock waits included) before
   * it fails; the client gives up on a silent server shortly after. Unset: no limit (migrations,
   * tools).
   */
  queryTimeoutMs?: number;
}

/** The server's own cancel normally comes first: it keeps the connection usable. */
const CLIENT_GRACE_MS = 500;

/** One definition of the connection for the service, the migration CLI and the tests. */
export function dataSourceOptions(
  url: string,
  pool: PoolSettings = { poolSize: 10, connectTimeoutMs: 3000 },
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // Listed, not globbed: the same list works compiled, under tsx and under Jest's ESM mode.
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: pool.poolSize,
      // Fail fast while the database is away instead of queueing requests for minutes.
      connectionTimeoutMillis: pool.connectTimeoutMs,
      idleTimeoutMillis: 30000,
      application_name: 'reception-roster',
      ...(pool.queryTimeoutMs
        ? {
            Client: DeadlineClient,
            statement_timeout: pool.queryTimeoutMs,
            query_timeout: pool.queryTimeoutMs + CLIENT_GRACE_MS,
          }
        : {}),
    },
  };
}
