/**
 * The built service (dist/) started in this process on a throw-away embedded PostgreSQL, with
 * its clock in reach, for benchmarks that plan months at a chosen "now". Nest needs the decorator
 * metadata tsc emits, so the service runs from the build: `npm run build` first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = '../../dist/';
const { Clock } = (await import(
  `${dist}common/clock.js`
)) as typeof import('../../src/common/clock.js');
const { createLogger } = (await import(
  `${dist}common/logger.js`
)) as typeof import('../../src/common/logger.js');
const { loadConfig } = (await import(
  `${dist}config/config.js`
)) as typeof import('../../src/config/config.js');
const { startServer } = (await import(`${dist}server.js`)) as typeof import('../../src/server.js');

export interface Reply<T> {
  status: number;
  body: T;
}

export interface BuiltService {
  /** Moves the service's "now". */
  setNow(at: Date): void;
  login(username: string): Promise<string>;
  call<T>(method: string, path: string, token: string, body?: unknown): Promise<Reply<T>>;
  /** The demo city's unit id. */
  cityId(token: string): Promise<string>;
  close(): Promise<void>;
}

const PASSWORD = 'bench-password-1';

export async function startBuiltService(): Promise<BuiltService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roster-bench-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_PASSWORD: PASSWORD,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  });
  const server = await startServer(config, createLogger('warn'));
  const clock = server.app.get(Clock);
  const call = async <T>(method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  };
  return {
    setNow: (at) => clock.set(at),
    async login(username) {
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      return ((await res.json()) as { accessToken: string }).accessToken;
    },
    call,
    async cityId(token) {
      const units = (await call<Array<{ id: string; code: string }>>('GET', '/units', token)).body;
      return units.find((u) => u.code === 'QR')!.id;
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Median of a list of numbers. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
