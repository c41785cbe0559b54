/**
 * Starts the built service (`node dist/main.js`) for the browser tests on a free port, with a
 * fresh embedded data folder, or with a fresh database on TEST_DATABASE_URL's server; stops it
 * and removes what it created. It also says where the service's database is, for the flow steps
 * that need data no page can make (a reception that has taken place, see cases-setup.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

export interface RunningService {
  url: string;
  password: string;
  logFile: string;
  /** The service's database (undefined if the embedded one's port is not in the log). */
  databaseUrl?: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The embedded database started by the service: its port is only in the service's log, its
 * password in the data folder (src/database/embedded-postgres.ts, database "roster").
 */
function embeddedDatabaseUrl(logFile: string, dataDir: string): string | undefined {
  const line = readFileSync(logFile, 'utf8')
    .split('\n')
    .find((l) => l.includes('embedded PostgreSQL started'));
  const port = line && /"port":(\d+)/.exec(line)?.[1];
  if (!port) return undefined;
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/roster`;
}

function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function startService(outputDir: string): Promise<RunningService> {
  for (const built of ['dist/main.js', 'web/dist/index.html']) {
    if (!existsSync(join(ROOT, built)))
      throw new Error(`${built} missing: run \`npm run build\` first`);
  }
  const port = await freePort();
  const password = `browser-${randomBytes(6).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_PASSWORD: password,
    LOG_LEVEL: 'info',
    LOGIN_MAX_ATTEMPTS: '100',
    // One attempt: a failing channel gives a dead letter at once for the 提醒 page.
    NOTIFY_MAX_ATTEMPTS: '1',
    // The 提醒 page's failing channel is a webhook on this host (cases-flow.ts).
    NOTIFY_ALLOWED_HOSTS: '127.0.0.1',
  };
  delete env.DATABASE_URL;
  let dataDir: string | undefined;
  let dbName: string | undefined;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    dbName = `roster_browser_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${dbName}`);
    env.DATABASE_URL = databaseUrl(serverUrl, dbName);
    env.JWT_SECRET = randomBytes(32).toString('hex');
    // A server database needs explicit keys for petitioners' personal data (fresh each run).
    env.PII_ENCRYPTION_KEY = randomBytes(32).toString('base64');
    env.PII_HMAC_KEY = randomBytes(32).toString('base64');
    env.SEED_DEMO = '1';
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'roster-browser-'));
    env.DATA_DIR = dataDir;
  }
  const logFile = join(outputDir, 'service.log');
  const log = createWriteStream(logFile);
  // Its own process group, so that stopping it also ends an embedded PostgreSQL it started.
  const child: ChildProcess = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (dbName && serverUrl) {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    }
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`service exited with ${child.exitCode}; see ${logFile}`);
    }
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) {
        const db = dataDir ? embeddedDatabaseUrl(logFile, dataDir) : env.DATABASE_URL;
        return { url, password, logFile, databaseUrl: db, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`service not ready within 120 s; see ${logFile}`);
}
