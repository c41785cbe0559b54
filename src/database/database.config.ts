import { z } from 'zod';
import { int, optionalString, postgresUrl, type ConfigOf } from '../common/env.js';

/** Where the data lives: a PostgreSQL URL, or the embedded server's folder. */
export const databaseConfigShape = {
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
  DATA_DIR: optionalString.default('./data'),
  DB_POOL_SIZE: int(10, 1, 200),
  DB_CONNECT_TIMEOUT_MS: int(3000, 100, 60000),
  DB_QUERY_TIMEOUT_MS: int(5000, 100, 600000),
};

export type DatabaseConfig = ConfigOf<typeof databaseConfigShape>;
