/** Creates the template database every test file clones: migrated and seeded with the demo city. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';
import { seedDemoCity } from '../../src/demo/demo-seed.js';
import { TEST_DEMO_PASSWORD } from './constants.js';

async function main(): Promise<void> {
  const [url] = process.argv.slice(2);
  const db = new DataSource(dataSourceOptions(url));
  await db.initialize();
  try {
    await runMigrationsLocked(db);
    await seedDemoCity(db, TEST_DEMO_PASSWORD);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
