/**
 * Reliability of reminder delivery: 3 service processes (dist/main.js, built first) on one PostgreSQL, 2,000
 * reminders due at the same moment, a local webhook receiver on 127.0.0.1, and one process killed
 * with SIGKILL while it is sending, with the kill landing after some of its requests reached the
 * receiver but before the process saw the answer (between send and acknowledgement).
 *
 * Prints: drain time (due → last reminder received), reminders received, duplicates (same
 * reminder delivered twice after the receiver drops repeated Idempotency-Keys; target 0), raw
 * re-sends the idempotency key absorbed, and due → received latency p50/p99.
 *
 *   npx tsx bench/reminders.ts [--count 2000] [--replicas 3]   (BENCH_DATABASE_URL: use a server)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { freeLoopbackPort, startEmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../src/database/migrate.js';
import { seedDemoCity } from '../src/demo/demo-seed.js';
import { DELIVER_QUEUE, jobIdFor } from '../src/notify/job-queue.js';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    replicas: { type: 'string', default: '3' },
    'kill-at': { type: 'string', default: '0.3' },
  },
});
const COUNT = Number(args.count);
const REPLICAS = Number(args.replicas);
const KILL_AT = Math.floor(COUNT * Number(args['kill-at']));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function main(): Promise<void> {
  // 1. One PostgreSQL with a migrated, seeded database.
  let stopDb = async () => {};
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'bench-reminders-pg-'));
    const db = await startEmbeddedDatabase({ dataDir });
    serverUrl = db.url;
    stopDb = () => db.stop();
  }
  const dbName = `bench_reminders_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const ds = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await runMigrationsLocked(ds);
  await seedDemoCity(ds, randomBytes(9).toString('base64url'));
  const [{ id: unitId }] = await ds.query(`SELECT id FROM unit WHERE code = 'QR'`);

  // 2. The receiver: first arrival per Idempotency-Key; can hold a victim's answers.
  const firstSeen = new Map<string, number>();
  let arrivals = 0;
  let victimPid: number | null = null;
  let killed = false;
  const held: ServerResponse[] = [];
  const children = new Map<number, ChildProcess>();
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      const pid = Number(String(req.headers['x-roster-instance']).split('/').at(-1));
      arrivals += 1;
      if (!firstSeen.has(key)) firstSeen.set(key, Date.now());
      if (!killed && firstSeen.size >= KILL_AT && pid !== process.pid) {
        // The victim's request has arrived; it never learns so: kill it before answering.
        killed = true;
        victimPid = pid;
        held.push(res);
        setTimeout(() => {
          children.get(pid)?.kill('SIGKILL');
          for (const h of held.splice(0)) h.destroy();
        }, 30);
        return;
      }
      if (killed && pid === victimPid) {
        held.push(res);
        return;
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await ds.query(
    `INSERT INTO notify_settings (unit_id, channels, preference, quiet_hours)
     VALUES ($1, $2, '["webhook"]', '{"start":"00:00","end":"00:00"}')`,
    [unitId, JSON.stringify({ webhook: { url: hookUrl, secret: 'bench-secret' } })],
  );

  // 3. The service replicas: the compiled service (Nest needs tsc's decorator metadata).
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(33).toString('base64url'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PII_HMAC_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    DB_POOL_SIZE: '10',
    NOTIFY_BATCH_SIZE: '50',
    NOTIFY_POLL_INTERVAL_MS: '500',
    NOTIFY_LEASE_SECONDS: '5',
    NOTIFY_MAINTENANCE_SECONDS: '1',
    NOTIFY_RETRY_DELAY_SECONDS: '1',
    // The webhook receiver runs on this host.
    NOTIFY_ALLOWED_HOSTS: '127.0.0.1',
  };
  const ports: number[] = [];
  for (let i = 0; i < REPLICAS; i++) {
    const port = await freeLoopbackPort();
    ports.push(port);
    const child = spawn(process.execPath, ['dist/main.js'], {
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.set(child.pid!, child);
  }
  for (const port of ports) {
    for (let i = 0; ; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 240) throw new Error(`replica on ${port} did not start`);
      await sleep(250);
    }
  }

  // 4. 2,000 reminders due together, planned as the service plans them (row + job, one transaction).
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  boss.on('error', (e: Error) => console.error('bench pg-boss:', e.message));
  await boss.start();
  const due = new Date(Date.now() + 3000);
  const ids = Array.from({ length: COUNT }, () => randomUUID());
  await ds.transaction(async (tx) => {
    for (let i = 0; i < COUNT; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await tx.query(
        `INSERT INTO notification (id, unit_id, source, rule, recipient_key, recipient_name, recipient,
           channel, due_at, status, subject, body)
         SELECT id, $2, 'bench:' || id, 'duty_day_before', 'leader:bench', '测试领导',
                '{"key":"leader:bench","name":"测试领导"}', 'webhook', $3, 'planned',
                '接访提醒', '测试：您定于明日上午在市群众来访接待中心接待来访群众。'
           FROM unnest($1::uuid[]) AS id`,
        [chunk, unitId, due],
      );
    }
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: (await tx.queryRunner!.query(text, values, true)).records,
      }),
    };
    for (let i = 0; i < COUNT; i += 500) {
      await boss.insert(
        ids.slice(i, i + 500).map((id) => ({
          id: jobIdFor(id, 1),
          name: DELIVER_QUEUE,
          data: { notificationId: id, revision: 1 },
          singletonKey: id,
          startAfter: due,
        })),
        { db },
      );
    }
  });
  await boss.stop({ graceful: false, close: true });

  // 5. Wait for every reminder, then a grace period for late repeats.
  const started = Date.now();
  const progress = setInterval(
    () => console.error(`received ${firstSeen.size}/${COUNT}, arrivals ${arrivals}`),
    5000,
  );
  while (firstSeen.size < COUNT && Date.now() - started < 180_000) await sleep(100);
  clearInterval(progress);
  const lastArrival = Math.max(...firstSeen.values());
  await sleep(8000);

  const [{ sent }] = await ds.query(
    `SELECT count(*)::int AS sent FROM notification WHERE source LIKE 'bench:%' AND status = 'sent'`,
  );
  const [{ multi }] = await ds.query(
    `SELECT count(*)::int AS multi FROM (SELECT notification_id FROM notification_delivery
      GROUP BY notification_id HAVING count(*) FILTER (WHERE status = 'sent') > 1) x`,
  );
  const latencies = [...firstSeen.values()].map((t) => t - due.getTime());
  const report = {
    replicas: REPLICAS,
    reminders: COUNT,
    killed: victimPid
      ? `pid ${victimPid} after ${KILL_AT} reminders (answers held: send done, ack lost)`
      : 'no',
    received: firstSeen.size,
    missing: COUNT - firstSeen.size,
    rowsSent: sent,
    drainSeconds: Number(((lastArrival - due.getTime()) / 1000).toFixed(2)),
    duplicates: 0 + Number(multi),
    rawArrivals: arrivals,
    resendsAbsorbedByIdempotencyKey: arrivals - firstSeen.size,
    latencyMs: { p50: pct(latencies, 50), p99: pct(latencies, 99), max: Math.max(...latencies) },
  };
  console.log(JSON.stringify(report, null, 2));

  for (const child of children.values())
    if (child.exitCode === null && !child.killed) child.kill('SIGTERM');
  await Promise.all(
    [...children.values()].map((c) =>
      c.exitCode !== null || c.signalCode ? null : new Promise((r) => c.once('exit', r)),
    ),
  );
  receiver.close();
  await ds.destroy();
  await stopDb();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(report.missing === 0 && report.duplicates === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
