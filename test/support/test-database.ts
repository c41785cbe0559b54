import { randomBytes } from 'node:crypto';
import { databaseUrl, withAdminClient } from './admin-client.js';
import { TEST_DB_PREFIX } from './constants.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file: a clone of the migrated, seeded template. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `${TEST_DB_PREFIX}${process.env.TEST_RUN_ID}_${randomBytes(4).toString('hex')}`;
  const template = options.empty ? 'template0' : process.env.TEST_TEMPLATE_DATABASE;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
