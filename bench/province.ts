/**
 * A province in one run: 150 generated units (15–30 leaders each, realistic quotas, a special
 * period crossing into the month for a third of them) all ask for next month's roster at once
 * over HTTP, on 1, 2 and 3 replicas of the built service (node dist/main.js) sharing one
 * PostgreSQL; in the 3-replica run one replica is SIGKILLed mid-run. Prints jobs finished / lost /
 * duplicated, wall time to the last roster, p50/p95 request → roster and the solver's CPU share.
 *
 *   npm run -s build && npx tsx bench/province.ts [--units 150 --replicas 1,2,3 --workers 1]
 *   PROVINCE_PG=postgres://postgres@127.0.0.1:5432/postgres (default; trust auth, scratch databases)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { freeLoopbackPort } from '../src/database/embedded-postgres.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const UNITS = Number(arg('units', '150'));
const REPLICAS = arg('replicas', '1,2,3').split(',').map(Number);
/** SOLVER_WORKERS of each replica. */
const WORKERS = arg('workers', '1');
const SERVER = process.env.PROVINCE_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'bench-password-1';
const SECRETS = {
  JWT_SECRET: randomBytes(48).toString('base64'),
  PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  PII_HMAC_KEY: randomBytes(32).toString('base64'),
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dbUrl = (name: string) => SERVER.replace(/\/[^/]*$/, `/${name}`);

/** Seeded pseudo-random numbers, so every run plans the same province. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

type ThreadCpu = Map<string, number>;

interface Replica {
  url: string;
  proc: ChildProcess;
  cpuStart: ThreadCpu;
  cpuLast: ThreadCpu;
}

/**
 * CPU seconds (user + system) of each thread of a process so far. The main thread (tid = pid)
 * serves HTTP and the database; the others are the solver thread(s) plus V8's GC helpers and
 * libuv's pool, which are nearly idle during a run.
 */
function cpuByThread(pid: number): ThreadCpu {
  const out: ThreadCpu = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const f = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch {
    // gone (killed): the caller keeps its last sample
  }
  return out;
}

function cpuSpent(r: Replica): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const [tid, end] of r.cpuLast) {
    const d = end - (r.cpuStart.get(tid) ?? 0);
    if (tid === String(r.proc.pid)) main += d;
    else others += d;
  }
  return { main, others };
}

async function startReplica(database: string, env: Record<string, string> = {}): Promise<Replica> {
  const port = await freeLoopbackPort();
  const proc = spawn(process.execPath, ['dist/main.js'], {
    env: {
      ...process.env,
      ...SECRETS,
      DATABASE_URL: dbUrl(database),
      DEMO_PASSWORD: PASSWORD,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SOLVER_WORKERS: WORKERS,
      SOLVER_JOB_STALE_SECONDS: '10',
      // Four agents share this PostgreSQL: keep each replica's connections few.
      DB_POOL_SIZE: '5',
      NOTIFY_BATCH_SIZE: '3',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      const cpu = cpuByThread(proc.pid!);
      return { url, proc, cpuStart: cpu, cpuLast: cpu };
    }
    if (proc.exitCode !== null) break;
    await sleep(100);
  }
  throw new Error(`replica on ${database} did not become ready`);
}

async function stopReplica(r: Replica): Promise<void> {
  if (r.proc.exitCode !== null || r.proc.signalCode !== null) return;
  const exited = new Promise((res) => r.proc.once('exit', res));
  r.proc.kill('SIGTERM');
  await Promise.race([exited, sleep(15000)]);
  if (r.proc.exitCode === null && r.proc.signalCode === null) r.proc.kill('SIGKILL');
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const call = (url: string, token: string, method: string, path: string, body?: unknown) =>
  fetch(`${url}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });

/** The template: demo seed, the month's year confirmed, UNITS generated units. */
async function prepareTemplate(template: string, month: DateTime): Promise<string[]> {
  await admin(`CREATE DATABASE ${template}`);
  const seeder = await startReplica(template, { SEED_DEMO: '1', SOLVER_WORKERS: '0' });
  const token = await login(seeder.url);
  const year = month.year;
  const pkg = await call(seeder.url, token, 'PUT', `/calendar/years/${year}`, {
    fromPackage: true,
  });
  if (!pkg.ok) {
    // A year the holiday package does not know yet: 元旦 only, enough to plan with.
    await call(seeder.url, token, 'PUT', `/calendar/years/${year}`, {
      holidays: [{ date: `${year}-01-01`, name: '元旦' }],
      makeupWorkdays: [],
    });
  }
  await stopReplica(seeder);
  const db = new Client({ connectionString: dbUrl(template) });
  await db.connect();
  const random = rng(17);
  const units: string[] = [];
  const start = month.minus({ days: 3 }).toISODate()!;
  const end = month.plus({ days: 3 }).toISODate()!;
  try {
    for (let u = 0; u < UNITS; u++) {
      const [{ id }] = (
        await db.query(
          `INSERT INTO unit (code, name, level, parent_id, reception_venue, session_templates,
                             roster_rules, issuing_office)
           SELECT $1, $2, 'county', id, reception_venue, session_templates, roster_rules, issuing_office
             FROM unit WHERE code = 'QR' RETURNING id`,
          [`P${String(u + 1).padStart(3, '0')}`, `第${u + 1}县`],
        )
      ).rows;
      units.push(id);
      const leaders = 15 + Math.floor(random() * 16);
      for (let i = 0; i < leaders; i++) {
        const pool = i < leaders - 4 ? 'party_government' : i < leaders - 2 ? 'npc' : 'cppcc';
        // Principal and standing leaders sit once or twice a month; the rest up to twice, no minimum.
        const min = i < 12 && pool === 'party_government' ? 1 : 0;
        await db.query(
          `INSERT INTO leader (unit_id, code, name, title, protocol_order, rotation_pool, rank,
                               min_sessions_per_month, max_sessions_per_month, active_from, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 2, '2020-01-01', 1)`,
          [
            id,
            `L${String(i + 1).padStart(2, '0')}`,
            `领导${u + 1}-${i + 1}`,
            i === 0 ? '书记' : '副县长',
            i + 1,
            pool,
            i < 2 ? 'principal' : i < 8 ? 'standing' : 'other',
            min,
          ],
        );
      }
      if (u % 3 === 0) {
        // A special period from the last days of the month before into this one.
        await db.query(
          `INSERT INTO special_period (unit_id, name, start_date, end_date, coverage, session_codes,
                                       leaders_per_session, quota_per_leader, spacing_days, version)
           VALUES ($1, '特护期', $2, $3, 'every_day', '{AM,PM}', 1, 3, 2, 1)`,
          [id, start, end],
        );
      }
    }
  } finally {
    await db.end();
  }
  return units;
}

interface JobRow {
  id: string;
  unit_id: string;
  status: string;
  attempt: number;
  roster_id: string | null;
  created_ms: number;
  finished_ms: number | null;
}

const pct = (xs: number[], p: number) =>
  xs.length
    ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
    : NaN;

async function run(template: string, units: string[], month: string, n: number) {
  const database = `${template}_r${n}`;
  await admin(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  const replicas: Replica[] = [];
  const db = new Client({ connectionString: dbUrl(database) });
  try {
    for (let i = 0; i < n; i++) replicas.push(await startReplica(database));
    await db.connect();
    const token = await login(replicas[0].url);
    await sleep(1000); // solver threads warm
    for (const r of replicas) r.cpuStart = cpuByThread(r.proc.pid!);
    const t0 = Date.now();
    const sent = new Map<string, number>();
    const answers = await Promise.all(
      units.map(async (unitId, i) => {
        sent.set(unitId, Date.now());
        const res = await call(replicas[i % n].url, token, 'POST', `/units/${unitId}/rosters`, {
          month,
        });
        return res.status;
      }),
    );
    const accepted = answers.filter((s) => s === 202).length;
    let killed = false;
    let rows: JobRow[] = [];
    const deadline = t0 + 900_000;
    for (;;) {
      rows = (
        await db.query<JobRow>(
          `SELECT id, unit_id, status, attempt, roster_id,
                  extract(epoch FROM created_at) * 1000 AS created_ms,
                  extract(epoch FROM finished_at) * 1000 AS finished_ms
             FROM solve_job WHERE month = $1`,
          [month],
        )
      ).rows;
      for (const r of replicas) {
        const c = cpuByThread(r.proc.pid!);
        if (c.size > 0) r.cpuLast = c;
      }
      const done = rows.filter((r) =>
        ['succeeded', 'failed', 'cancelled'].includes(r.status),
      ).length;
      if (n === 3 && !killed && done >= units.length / 3) {
        killed = true;
        replicas[2].proc.kill('SIGKILL');
        console.log(
          `  [${((Date.now() - t0) / 1000).toFixed(1)} s] SIGKILL replica 3 after ${done} rosters`,
        );
      }
      if (done >= accepted || Date.now() > deadline) break;
      await sleep(500);
    }
    const live = replicas.find((r) => r.proc.exitCode === null && r.proc.signalCode === null)!;
    const succeeded = rows.filter((r) => r.status === 'succeeded' && r.roster_id);
    // Every roster read back over HTTP and checked: the month covered, no hard rule broken.
    let verified = 0;
    let solverSeconds = 0;
    for (const r of succeeded) {
      const res = await call(live.url, token, 'GET', `/rosters/${r.roster_id}`);
      if (!res.ok) continue;
      const roster = (await res.json()) as {
        unitId: string;
        month: string;
        assignments: unknown[];
        findings: Array<{ severity: string }>;
        solver: { seconds: number } | null;
      };
      solverSeconds += roster.solver?.seconds ?? 0;
      if (
        roster.unitId === r.unit_id &&
        roster.month === month &&
        roster.assignments.length > 0 &&
        !roster.findings.some((f) => f.severity === 'error')
      )
        verified++;
    }
    const dup = await db.query(
      `SELECT (SELECT count(*) FROM (SELECT unit_id FROM roster WHERE month = $1 GROUP BY unit_id HAVING count(*) > 1) a)
            + (SELECT count(*) FROM (SELECT roster_id FROM roster_change c JOIN roster r ON r.id = c.roster_id
                 WHERE r.month = $1 AND c.action = 'generate' GROUP BY roster_id HAVING count(*) > 1) b)
            + (SELECT count(*) FROM (SELECT unit_id FROM solve_job WHERE month = $1 AND status = 'succeeded'
                 GROUP BY unit_id HAVING count(*) > 1) c) AS n`,
      [month],
    );
    const rosters = await db.query(`SELECT count(*)::int AS n FROM roster WHERE month = $1`, [
      month,
    ]);
    const latencies = succeeded.map((r) => (r.finished_ms ?? 0) - sent.get(r.unit_id)!);
    const last = Math.max(...succeeded.map((r) => r.finished_ms ?? 0));
    const wall = (last - t0) / 1000;
    const spent = replicas.map(cpuSpent);
    const solverCpu = spent.reduce((s, c) => s + c.others, 0);
    const mainCpu = spent.reduce((s, c) => s + c.main, 0);
    const cores = cpus().length;
    return {
      replicas: n,
      accepted,
      finished: verified,
      lost: units.length - succeeded.length,
      failed: rows.filter((r) => r.status === 'failed').length,
      duplicated: Number(dup.rows[0].n),
      rosters: rosters.rows[0].n,
      retried: rows.filter((r) => r.attempt > 1).length,
      wall,
      p50: pct(latencies, 0.5) / 1000,
      p95: pct(latencies, 0.95) / 1000,
      // Of the machine's CPU over the run: solver threads, the replicas' main threads, and how
      // busy the solver threads were by their own wall clock (a loaded machine stretches it).
      solverCpuShare: solverCpu / (wall * cores),
      mainCpuShare: mainCpu / (wall * cores),
      solverWallSeconds: solverSeconds,
    };
  } finally {
    await db.end().catch(() => undefined);
    for (const r of replicas) await stopReplica(r);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  const month = DateTime.now().setZone('Asia/Shanghai').startOf('month').plus({ months: 1 });
  const template = `province_bench_${process.pid}`;
  console.log(
    `province: ${UNITS} units asking for ${month.toFormat('yyyy-MM')} at once; ${cpus().length} cores`,
  );
  const units = await prepareTemplate(template, month);
  const results = [];
  try {
    for (const n of REPLICAS) {
      console.log(`- ${n} replica(s)`);
      const r = await run(template, units, month.toFormat('yyyy-MM'), n);
      console.log(`  ${JSON.stringify(r)}`);
      results.push(r);
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  }
  console.log('');
  console.log('CPU shares are of the whole machine (cores × wall time to the last roster).');
  console.log(
    'replicas | verified rosters | lost | duplicated | retried | wall to last roster | p50 | p95 | solver threads CPU | main threads CPU | solve wall time (sum)',
  );
  for (const r of results) {
    console.log(
      `${r.replicas}${r.replicas === 3 ? ' (1 killed)' : ''} | ${r.finished}/${UNITS} | ${r.lost} | ${r.duplicated} | ${r.retried} | ${r.wall.toFixed(1)} s | ${r.p50.toFixed(1)} s | ${r.p95.toFixed(1)} s | ${(r.solverCpuShare * 100).toFixed(0)}% | ${(r.mainCpuShare * 100).toFixed(0)}% | ${r.solverWallSeconds.toFixed(0)} s`,
    );
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
