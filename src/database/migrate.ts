import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

// Arbitrary constant: replicas starting together take turns so each migration runs once.
const MIGRATION_LOCK_KEY = 774_120_261;

/** Applies pending migrations under a PostgreSQL advisory lock; returns the names applied. */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Migrates the database at `url` on connections of its own, without the statement deadline that
 * requests get (a data migration may take long), then closes them.
 */
export async function migrate(url: string, connectTimeoutMs: number): Promise<string[]> {
  // Two connections: one holds the lock while TypeORM runs the migrations on the other.
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2, connectTimeoutMs }));
  await dataSource.initialize();
  try {
    return await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
