import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const REGISTER = join(process.cwd(), 'test', 'support', 'ts-register.mjs');

/**
 * The service as a user runs it (`src/main.ts`, compiled as Jest compiles it, see ts-hooks.mjs;
 * embedded PostgreSQL in `dataDir`), in its own process, with every line it prints kept: plain
 * lines and JSON log lines.
 */
export class ServiceProcess {
  readonly lines: string[] = [];
  readonly child: ChildProcessWithoutNullStreams;
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  constructor(
    readonly dataDir: string,
    env: Record<string, string> = {},
  ) {
    this.child = spawn(process.execPath, ['--import', REGISTER, join('src', 'main.ts')], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'info',
        ...env,
      },
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        for (const wake of this.waiters) wake();
      });
    }
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** JSON log lines (plain lines left out). */
  get logs(): Array<Record<string, unknown>> {
    return this.lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** Resolves with the first line that matches, failing when the process exits or time runs out. */
  waitFor(match: (line: string) => boolean, ms = 90_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.lines.find(match);
        if (hit !== undefined) done(() => resolve(hit));
        else if (this.child.exitCode !== null)
          done(() => reject(new Error(`service exited:\n${this.lines.join('\n')}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`timed out:\n${this.lines.join('\n')}`))),
        ms,
      );
      const done = (then: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        this.child.off('exit', check);
        then();
      };
      this.waiters.add(check);
      this.child.on('exit', check);
      check();
    });
  }

  /** The service's base URL once it listens. */
  async ready(): Promise<string> {
    const line = await this.waitFor((l) => l.includes('service listening'));
    const port = /"url":"http:\/\/localhost:(\d+)"/.exec(line)![1];
    return `http://127.0.0.1:${port}`;
  }

  /** The embedded database as the service reaches it (port from the log, password from the folder). */
  async databaseUrl(): Promise<string> {
    const line = await this.waitFor((l) => l.includes('embedded PostgreSQL started'));
    const port = /"port":(\d+)/.exec(line)![1];
    const password = readFileSync(join(this.dataDir, 'pg-password'), 'utf8').trim();
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/roster`;
  }

  /** The PID in the cluster's postmaster.pid, if there is one. */
  postmasterPid(): number | undefined {
    try {
      return Number(
        readFileSync(join(this.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
    } catch {
      return undefined;
    }
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true;
  }
}
