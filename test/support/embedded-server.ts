/**
 * A throw-away embedded PostgreSQL in its own process, for the test run and for tests that stop
 * and restart the database under a running service. Prints one JSON line {url, port} when ready;
 * then reads commands on stdin: "stop" and "start", "pause" and "resume" (SIGSTOP/SIGCONT to the
 * server and its backends: a stalled server), each answered with a line, and exits on EOF or
 * SIGTERM after stopping the cluster.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  let paused = false;
  const shutdown = async () => {
    // A paused server cannot stop: let it run again first.
    if (paused) for (const pid of serverProcesses()) process.kill(pid, 'SIGCONT');
    await db?.stop();
    db = undefined;
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  /** The server and every process it started (backends, background workers). */
  const serverProcesses = (): number[] => {
    const postmaster = Number(
      readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((l) => l.trim())
      .map(Number);
    return [postmaster, ...children];
  };
  const lines = createInterface({ input: process.stdin });
  lines.on('close', () => void shutdown());
  for await (const line of lines) {
    if (line === 'stop') {
      await db?.stop();
      db = undefined;
      say({ stopped: true });
    } else if (line === 'pause') {
      for (const pid of serverProcesses()) process.kill(pid, 'SIGSTOP');
      paused = true;
      say({ paused: true });
    } else if (line === 'resume') {
      for (const pid of serverProcesses()) process.kill(pid, 'SIGCONT');
      paused = false;
      say({ resumed: true });
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
