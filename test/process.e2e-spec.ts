import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const main = join(process.cwd(), 'src', 'main.ts');

function runMain(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
}

describe('process start-up', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['JWT_SECRET', { DATABASE_URL: 'postgres://127.0.0.1:1/x' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'shouty' }],
    ['DEMO_PASSWORD', { DEMO_PASSWORD: 'short' }],
  ])('exits non-zero naming %s when it is bad', (name, env) => {
    const result = runMain(env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(name);
  });

  it('exits non-zero with a message when the configured database is unreachable', () => {
    const result = runMain({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      JWT_SECRET: 'x'.repeat(40),
      PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      PII_HMAC_KEY: Buffer.alloc(32, 2).toString('base64'),
      PORT: '0',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/start-up failed/);
  });
});
