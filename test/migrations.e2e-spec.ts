import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { runMigrationsLocked } from '../src/database/migrate.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { SUBJECT_ALIASES, SUBJECTS } from '../src/org/subject-taxonomy.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('produce exactly the schema the entities describe (no drift)', async () => {
    const applied = await runMigrationsLocked(ds);
    expect(applied).toHaveLength(MIGRATIONS.length);
    const drift = await ds.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('run once even when replicas start together', async () => {
    const second = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      const [a, b] = await Promise.all([runMigrationsLocked(ds), runMigrationsLocked(second)]);
      expect([...a, ...b]).toEqual([]);
    } finally {
      await second.destroy();
    }
  });

  it('seed the subject taxonomy exactly as the taxonomy module lists it', async () => {
    const subjects: Array<{ code: string; name: string; restricted: boolean }> = await ds.query(
      'SELECT code, name, restricted FROM subject ORDER BY sort_order',
    );
    expect(subjects).toEqual(
      SUBJECTS.map((s) => ({ code: s.code, name: s.name, restricted: s.restricted ?? false })),
    );
    const aliases: Array<{ label: string; subject_codes: string[] }> = await ds.query(
      'SELECT label, subject_codes FROM subject_alias ORDER BY label',
    );
    expect(aliases).toEqual(
      [...SUBJECT_ALIASES]
        .sort((a, b) => (a.label < b.label ? -1 : 1))
        .map((a) => ({ label: a.label, subject_codes: a.codes })),
    );
  });

  it('revert cleanly and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    const tables: Array<{ n: number }> = await ds.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
    );
    expect(tables[0].n).toBe(0);
    expect(await runMigrationsLocked(ds)).toHaveLength(MIGRATIONS.length);
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
