import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface PoolSettings {
  poolSize: number;
  connectTimeoutMs: number;
}

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
    },
  };
}
