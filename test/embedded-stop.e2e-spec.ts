import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startEmbeddedDatabase } from '../src/database/embedded-postgres.js';

/**
 * A node-postgres pool's `end()` resolves once it has sent its sessions' goodbyes, not once the
 * server has read them, and the service stops the embedded server right after closing its pools.
 */
describe('embedded PostgreSQL stop', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'roster-stop-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('waits for the sessions of pools just closed to leave, so none is cut off with an error', async () => {
    const db = await startEmbeddedDatabase({ dataDir, ephemeral: true });
    const errors: string[] = [];
    const pools = Array.from({ length: 2 }, () => {
      const pool = new Pool({ connectionString: db.url, max: 4 });
      pool.on('error', (err) => errors.push(err.message));
      return pool;
    });
    // Four sessions open in each pool, idle when the pools close.
    const sessions = await Promise.all(
      pools.flatMap((pool) =>
        Array.from({ length: 4 }, async () => {
          const { rows } = await pool.query<{ pid: number }>(
            'SELECT pg_backend_pid() AS pid, pg_sleep(0.05)',
          );
          return rows[0].pid;
        }),
      ),
    );
    expect(new Set(sessions).size).toBe(8);
    // Slow backends: they read the goodbye only once let go again, 300 ms after the stop began.
    for (const pid of sessions) process.kill(pid, 'SIGSTOP');
    await Promise.all(pools.map((pool) => pool.end()));
    const started = Date.now();
    const stopping = db.stop();
    await new Promise((r) => setTimeout(r, 300));
    for (const pid of sessions) process.kill(pid, 'SIGCONT');
    await stopping;
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).toEqual([]);
  }, 60_000);
});
