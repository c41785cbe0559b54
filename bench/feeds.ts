/**
 * Calendar feed throughput: requests/s and p99 latency of GET /feeds/{token}.ics for one leader's
 * feed (200, full body) and for the conditional poll calendar clients make (If-None-Match plus
 * Cache-Control: no-cache → 304). Targets (2 cores): ≥ 2,000 req/s with p99 < 50 ms, and ≥ 5,000
 * req/s for 304.
 *
 *   npx tsx bench/feeds.ts [seconds=10] [connections=10] [logLevel=warn]
 *
 * The service runs compiled by tsc (its dependency injection needs decorator metadata, which tsx
 * does not emit) in its own process, on an embedded PostgreSQL seeded with the demo city and 15
 * months of published rosters; autocannon runs in this process. The feed rate limits are raised so
 * that the service itself is measured; access logs are off unless logLevel is info (the default of
 * the service; the lines then go to /dev/null).
 */
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { freeLoopbackPort, startEmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../src/database/migrate.js';
import { seedDemoCity } from '../src/demo/demo-seed.js';

/** The part of autocannon's API used here (the package ships no types). */
interface CannonOptions {
  url: string;
  connections?: number;
  duration?: number;
  headers?: Record<string, string>;
}
interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  statusCodeStats?: Record<string, { count: number }>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: CannonOptions,
  done: (err: Error | null, result: CannonResult) => void,
) => unknown;

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 10);
const logLevel = process.argv[4] ?? 'warn';
const password = 'bench-demo-password';

/** Every weekday morning of the feed window, leaders taking turns, published as version 1. */
async function publishRosters(db: DataSource): Promise<void> {
  const [{ id: unitId }] = await db.query("SELECT id FROM unit WHERE code = 'QR'");
  const leaders: Array<{ id: string }> = await db.query(
    'SELECT id FROM leader WHERE unit_id = $1 ORDER BY code',
    [unitId],
  );
  const today = DateTime.now().setZone('Asia/Shanghai').startOf('day');
  const byMonth = new Map<string, object[]>();
  let turn = 0;
  for (
    let d = today.minus({ days: 90 });
    d <= today.plus({ months: 12 });
    d = d.plus({ days: 1 })
  ) {
    if (d.weekday > 5) continue;
    const month = d.toFormat('yyyy-LL');
    byMonth.set(month, [
      ...(byMonth.get(month) ?? []),
      {
        assignmentId: randomUUID(),
        date: d.toISODate(),
        session: 'AM',
        leaderId: leaders[turn++ % leaders.length].id,
        sequence: 0,
        updatedAt: new Date().toISOString(),
      },
    ]);
  }
  for (const [month, duties] of byMonth) {
    const [{ id }] = await db.query(
      `INSERT INTO roster (unit_id, month, status, version, published_version)
       VALUES ($1, $2, 'published', 1, 1) RETURNING id`,
      [unitId, month],
    );
    await db.query(
      `INSERT INTO roster_version
         (roster_id, number, published_at, published_by, published_by_name, reason, duties, changes)
       VALUES ($1, 1, now(), gen_random_uuid(), 'bench', NULL, $2, '[]')`,
      [id, JSON.stringify(duties)],
    );
  }
}

/** CPU seconds a process has used (Linux), to tell the service's own cost from a busy machine. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid || process.platform !== 'linux') return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
}

async function waitReady(base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('service did not become ready');
}

let serverPid: number | undefined;

function run(title: string, options: CannonOptions) {
  const cpuBefore = cpuSeconds(serverPid);
  return new Promise<CannonResult>((resolve, reject) => {
    autocannon({ connections, duration: seconds, ...options }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  }).then((r) => {
    const statuses = Object.entries(r.statusCodeStats ?? {})
      .map(([code, s]) => `${code}×${s.count}`)
      .join(' ');
    console.log(
      `${title.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   p50 ${String(r.latency.p50).padStart(3)} ms   ${statuses}${r.errors ? `   errors ${r.errors}` : ''}` +
        `   service CPU ${(((cpuSeconds(serverPid) - cpuBefore) / (r.requests.average * (options.duration ?? seconds))) * 1e6).toFixed(0)} µs/request`,
    );
    return r;
  });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'feeds-bench-'));
  // Inside the checkout so that the compiled files resolve node_modules.
  const out = join(process.cwd(), 'node_modules', '.cache', `feeds-bench-${process.pid}`);
  const pg = await startEmbeddedDatabase({ dataDir: work });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const db = await new DataSource(dataSourceOptions(pg.url)).initialize();
    await runMigrationsLocked(db);
    await seedDemoCity(db, password);
    await publishRosters(db);
    await db.destroy();

    // tsc emits even when another module has a type error; the files are what matters.
    spawnSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', out],
      {
        stdio: 'ignore',
      },
    );
    const port = await freeLoopbackPort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(out, 'main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: pg.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        PII_HMAC_KEY: randomBytes(32).toString('base64'),
        NOTIFY_WORKER: '0',
        LOG_LEVEL: logLevel,
        FEED_RATE_PER_TOKEN: '1000000',
        FEED_RATE_PER_ADDRESS: '1000000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    serverPid = server.pid;
    await waitReady(base);

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'leader01', password }),
    });
    const auth = {
      Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`,
    };
    const me = (await (await fetch(`${base}/api/v1/leaders`, { headers: auth })).json()) as Array<{
      id: string;
      code: string;
    }>;
    const l01 = me.find((l) => l.code === 'L01')!;
    const link = (await (
      await fetch(`${base}/api/v1/leaders/${l01.id}/feed`, { headers: auth })
    ).json()) as {
      url: string;
    };
    const url = base + new URL(link.url).pathname;
    const first = await fetch(url);
    const body = await first.text();
    const etag = first.headers.get('etag')!;
    const events = body.split('BEGIN:VEVENT').length - 1;
    console.log(
      `leader feed: ${Buffer.byteLength(body)} bytes, ${events} events; ${seconds} s, ${connections} connections, log level ${logLevel}, ${process.platform} ${cpus().length} cores`,
    );
    await run('warm-up', { url, duration: 2 });
    const full = await run('GET leader feed (200)', { url });
    const notModified = await run('GET If-None-Match + no-cache (304)', {
      url,
      headers: { 'If-None-Match': etag, 'Cache-Control': 'no-cache' },
    });
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `targets: 200 ≥ 2000 req/s and p99 < 50 ms: ${verdict(full.requests.average >= 2000 && full.latency.p99 < 50)}; ` +
        `304 ≥ 5000 req/s: ${verdict(notModified.requests.average >= 5000)}`,
    );
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await pg.stop();
    rmSync(work, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
