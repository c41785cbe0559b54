import { readFileSync } from 'node:fs';
import { appointmentsConfigShape } from '../appointments/appointments.config.js';
import { authConfigShape } from '../auth/auth.config.js';
import { databaseConfigShape } from '../database/database.config.js';
import { demoConfigShape } from '../demo/demo.config.js';
import { feedsConfigShape } from '../feeds/feeds.config.js';
import { notifyConfigShape } from '../notify/notify.config.js';
import { rosterConfigShape } from '../roster/roster.config.js';
import { ConfigError, configSchema, loadConfig } from './config.js';
import { serverConfigShape } from './server.config.js';

describe('loadConfig', () => {
  it('applies defaults for the embedded quick start', () => {
    const cfg = loadConfig({});
    expect(cfg.PORT).toBe(3000);
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.DATA_DIR).toBe('./data');
    expect(cfg.SEED_DEMO).toBe(false);
  });

  it('names the variable that is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('requires a signing secret when a shared database is configured', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/x' })).toThrow(/JWT_SECRET/);
    const cfg = loadConfig({
      DATABASE_URL: 'postgres://db/x',
      JWT_SECRET: 'x'.repeat(32),
      PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      PII_HMAC_KEY: Buffer.alloc(32, 2).toString('base64'),
    });
    expect(cfg.JWT_SECRET).toHaveLength(32);
  });

  it('requires 32-byte personal-data keys when a shared database is configured', () => {
    const base = { DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(base)).toThrow(/PII_ENCRYPTION_KEY/);
    expect(() =>
      loadConfig({
        ...base,
        PII_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64'),
        PII_HMAC_KEY: Buffer.alloc(32).toString('base64'),
      }),
    ).toThrow(/PII_ENCRYPTION_KEY: must be 32 bytes/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', SEED_DEMO: '' }).PORT).toBe(3000);
    expect(loadConfig({ SEED_DEMO: '1' }).SEED_DEMO).toBe(true);
  });

  it('reads the hosts notification channels may call anyway as a list', () => {
    expect(loadConfig({}).NOTIFY_ALLOWED_HOSTS).toEqual([]);
    expect(
      loadConfig({ NOTIFY_ALLOWED_HOSTS: ' 127.0.0.1, gw.local ,' }).NOTIFY_ALLOWED_HOSTS,
    ).toEqual(['127.0.0.1', 'gw.local']);
  });

  it('bounds the statement deadline and the import pools', () => {
    const cfg = loadConfig({});
    expect([cfg.DB_QUERY_TIMEOUT_MS, cfg.IMPORT_PARSERS, cfg.IMPORT_QUEUE_LIMIT]).toEqual([
      5000, 1, 4,
    ]);
    expect(() => loadConfig({ DB_QUERY_TIMEOUT_MS: '10' })).toThrow(/DB_QUERY_TIMEOUT_MS/);
    expect(() => loadConfig({ IMPORT_PARSERS: '0' })).toThrow(/IMPORT_PARSERS/);
  });

  it('takes each variable from exactly one module, and .env.example lists them all', () => {
    const shapes = [
      serverConfigShape,
      databaseConfigShape,
      authConfigShape,
      demoConfigShape,
      rosterConfigShape,
      notifyConfigShape,
      appointmentsConfigShape,
      feedsConfigShape,
    ].map((s) => Object.keys(s));
    const all = shapes.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.keys(configSchema.shape).sort());
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(all.filter((k) => !documented.includes(k))).toEqual([]);
  });
});
