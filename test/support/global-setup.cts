import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { databaseUrl, withAdminClient } from './admin-client';
import { runTs, type TsChild } from './child-process';
import { TEST_DB_PREFIX } from './constants';

// Jest loads this file outside its ESM test environment, so it only uses Node, pg and child
// processes; code from src runs in child processes under tsx.

/**
 * One PostgreSQL for the run: TEST_DATABASE_URL when set, else an embedded cluster in a temporary
 * folder. A template database is migrated and seeded once; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const server: TsChild = runTs(join(__dirname, 'embedded-server.ts'));
    (globalThis as Record<string, unknown>).__rosterEmbedded = server;
    adminUrl = String((await server.next()).url);
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const template = `${TEST_DB_PREFIX}${runId}_tpl`;
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPLATE_DATABASE = template;

  await withAdminClient(async (client) => {
    // Leftovers of runs that crashed more than an hour ago.
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${TEST_DB_PREFIX}%`],
    );
    const hourAgo = Date.now() - 3600_000;
    for (const { datname } of rows) {
      const born = parseInt(datname.slice(TEST_DB_PREFIX.length).split('_')[0], 36);
      if (born < hourAgo) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE "${template}"`);
  });
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'prepare-template.ts'), databaseUrl(template)],
    { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
  );
}
