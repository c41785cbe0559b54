import type { DataSource } from 'typeorm';

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
