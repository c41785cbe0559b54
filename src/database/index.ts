/**
 * database: the data source, the migrations and the embedded PostgreSQL. Used by the composition
 * roots; modules reach the database only through TypeORM injection.
 */
export { dataSourceOptions } from './data-source-options.js';
export type { DatabaseConfig } from './database.config.js';
export { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded-postgres.js';
export { migrate } from './migrate.js';
