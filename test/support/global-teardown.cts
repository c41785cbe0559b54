import { withAdminClient } from './admin-client';
import type { TsChild } from './child-process';
import { TEST_DB_PREFIX } from './constants';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__rosterEmbedded as TsChild | undefined;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const runId = process.env.TEST_RUN_ID;
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${TEST_DB_PREFIX}${runId}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
