/**
 * A throw-away embedded PostgreSQL in its own process, for the test run and for tests that stop
 * and restart the database under a running service. Prints one JSON line {url, port} when ready;
 * then reads commands on stdin: "stop" and "start" (each answered with a line), and exits on EOF
 * or SIGTERM after stopping the cluster.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '../../src/database/embedded-postgres.js';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roster-test-pg-'));
  let db: EmbeddedDatabase | undefined = await startEmbeddedDatabase({ dataDir });
  const port = db.port;
  const say = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');
  say({ url: db.url, port });
  const shutdown = async () => {
    await db?.stop();
    db = undefined;
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  const lines = createInterface({ input: process.stdin });
  lines.on('close', () => void shutdown());
  for await (const line of lines) {
    if (line === 'stop') {
      await db?.stop();
      db = undefined;
      say({ stopped: true });
    } else if (line === 'start') {
      db = await startEmbeddedDatabase({ dataDir, port });
      say({ started: true });
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
