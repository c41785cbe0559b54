import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { listensBeyondLoopback } from '../src/server.js';
import { isRunning, ServiceProcess } from './support/service-process.js';

/**
 * The service as a new user meets it (`npm start` on a fresh folder, no DEMO_PASSWORD) and as an
 * operator does after a crash: the node process killed with SIGKILL in the middle of a
 * publication, its embedded PostgreSQL left running, then started again.
 */
describe('embedded mode: first run, crash and restart, shutdown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'roster-lifecycle-'));
  let first: ServiceProcess;
  let second: ServiceProcess | undefined;
  let password = '';
  let rosterId = '';

  const json = async (url: string, init: RequestInit & { token?: string } = {}) => {
    const res = await fetch(url, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      },
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several shapes
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };
  const login = async (base: string) => {
    const res = await json(`${base}/api/v1/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'office', password }),
    });
    expect(res.status).toBe(200);
    return res.body.accessToken as string;
  };

  afterAll(async () => {
    for (const s of [first, second]) {
      if (s && s.child.exitCode === null) {
        s.child.kill('SIGTERM');
        await s.exited;
      }
    }
    const orphan = first?.postmasterPid();
    if (orphan && isRunning(orphan)) process.kill(orphan, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the demo password once, in clear, on a plain line of its own, and it logs in', async () => {
    first = new ServiceProcess(dataDir, { HOST: '0.0.0.0' });
    const base = await first.ready();
    const lines = first.lines.filter((l) => l.startsWith('demo password: '));
    expect(lines).toHaveLength(1);
    password = /^demo password: (\S+)$/.exec(lines[0])![1];
    expect(password.length).toBeGreaterThanOrEqual(12);
    // The JSON log never carries it, and still redacts password fields.
    const json = first.lines.filter((l) => l.startsWith('{'));
    expect(json.some((l) => l.includes(password))).toBe(false);
    expect(json.some((l) => l.includes('demo password'))).toBe(true);
    await login(base);
  }, 120_000);

  it('warns once that feed links point to localhost when PUBLIC_URL is unset on a non-loopback address', () => {
    const warnings = first.logs.filter(
      (l) => l.level === 40 && String(l.msg).includes('PUBLIC_URL'),
    );
    expect(warnings).toHaveLength(1);
    expect(listensBeyondLoopback('0.0.0.0')).toBe(true);
    expect(listensBeyondLoopback('::')).toBe(true);
    expect(listensBeyondLoopback('192.168.1.20')).toBe(true);
    for (const loopback of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) {
      expect(listensBeyondLoopback(loopback)).toBe(false);
    }
  });

  it('after SIGKILL mid-publish, stops the orphaned PostgreSQL on start; the half-done publication is rolled back', async () => {
    const base = await first.ready();
    const token = await login(base);
    const units = (await json(`${base}/api/v1/units`, { token })).body as Array<{
      id: string;
      code: string;
    }>;
    const unit = units.find((u) => u.code === 'QR')!;
    const db = new Client({ connectionString: await first.databaseUrl() });
    await db.connect();
    // Next month, so that its duties lie ahead and the publication plans reminders.
    const month = DateTime.now().setZone('Asia/Shanghai').plus({ months: 1 }).toFormat('yyyy-MM');
    await db.query(
      `INSERT INTO calendar_year (year, source)
       SELECT y, 'test fixture' FROM generate_series((SELECT max(year) + 1 FROM calendar_year), $1::int) y
       ON CONFLICT DO NOTHING`,
      [Number(month.slice(0, 4))],
    );
    const draft = await json(`${base}/api/v1/units/${unit.id}/rosters?wait=60`, {
      method: 'POST',
      token,
      body: JSON.stringify({ month }),
    });
    expect(draft.status).toBe(201);
    rosterId = draft.body.id;
    const duties = (draft.body.assignments as unknown[]).length;

    // Hold the publication halfway: it writes its version row, then waits for this lock on the
    // change log, which it writes next. Seen through the version row's lock, the node process is
    // killed right then, with the publication's transaction open.
    await db.query('BEGIN');
    await db.query('LOCK TABLE roster_change IN SHARE ROW EXCLUSIVE MODE');
    const publishing = json(`${base}/api/v1/rosters/${rosterId}/publish`, {
      method: 'POST',
      token,
      body: JSON.stringify({ version: draft.body.version }),
    }).catch(() => undefined);
    let caught = false;
    for (const until = Date.now() + 20_000; Date.now() < until && !caught;) {
      const { rows } = await db.query(
        `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         WHERE c.relname = 'roster_version' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`,
      );
      caught = rows.length > 0;
    }
    first.child.kill('SIGKILL');
    await first.exited;
    await publishing;
    await db.query('ROLLBACK');
    await db.end();
    expect(caught).toBe(true);
    const orphan = first.postmasterPid()!;
    expect(isRunning(orphan)).toBe(true);

    second = new ServiceProcess(dataDir, { HOST: '127.0.0.1' });
    const again = await second.ready();
    expect(second.logs.some((l) => String(l.msg).includes('found a server still running'))).toBe(
      true,
    );
    expect(second.logs.some((l) => String(l.msg).includes('left-over server stopped'))).toBe(true);
    expect(isRunning(orphan)).toBe(false);
    expect(second.lines.some((l) => l.startsWith('demo password'))).toBe(false);
    expect((await fetch(`${again}/readyz`)).status).toBe(200);

    const check = new Client({ connectionString: await second.databaseUrl() });
    await check.connect();
    try {
      const [roster] = (
        await check.query('SELECT status, published_version FROM roster WHERE id = $1', [rosterId])
      ).rows;
      const versions = (
        await check.query(
          'SELECT number, jsonb_array_length(duties) AS duties FROM roster_version WHERE roster_id = $1',
          [rosterId],
        )
      ).rows;
      const publishLog = (
        await check.query(
          "SELECT count(*)::int AS n FROM roster_change WHERE roster_id = $1 AND action = 'publish'",
          [rosterId],
        )
      ).rows[0].n;
      const notes = (
        await check.query('SELECT count(*)::int AS n FROM notification WHERE roster_id = $1', [
          rosterId,
        ])
      ).rows[0].n;
      // Killed before its commit: nothing of the publication is left.
      expect(roster).toEqual({ status: 'draft', published_version: 0 });
      expect(versions).toEqual([]);
      expect(publishLog).toBe(0);
      expect(notes).toBe(0);
    } finally {
      await check.end();
    }
    // The office publishes again, whole.
    const token2 = await login(again);
    const view = await json(`${again}/api/v1/rosters/${rosterId}`, { token: token2 });
    const published = await json(`${again}/api/v1/rosters/${rosterId}/publish`, {
      method: 'POST',
      token: token2,
      body: JSON.stringify({ version: view.body.version }),
    });
    expect(published.status).toBe(200);
    expect(published.body.publishedVersion).toBe(1);
    expect(published.body.assignments).toHaveLength(duties);
  }, 240_000);

  it('stops jobs and pool before the database: a clean shutdown logs no error', async () => {
    const service = second!;
    const before = service.lines.length;
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    const shutdown = service.logs;
    const afterSignal = service.lines.slice(before).join('\n');
    expect(afterSignal).toContain('shutting down');
    expect(shutdown.filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(afterSignal).not.toContain('terminating connection');
    const pid = service.postmasterPid();
    expect(pid === undefined || !isRunning(pid)).toBe(true);
  }, 60_000);
});
