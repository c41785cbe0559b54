import { DataSource } from 'typeorm';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config/config.js';
import { startServer } from '../src/server.js';
import { TEST_JWT_SECRET, TEST_PII_KEYS } from './support/constants.js';
import { createTestDatabase } from './support/test-database.js';

/** Demo data goes into a DATABASE_URL database only when asked (SEED_DEMO=1), and only when empty. */
describe('demo seed on a configured database', () => {
  const start = async (url: string, env: Record<string, string> = {}) =>
    startServer(
      loadConfig({
        DATABASE_URL: url,
        JWT_SECRET: TEST_JWT_SECRET,
        ...TEST_PII_KEYS,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_PASSWORD: 'demo-password-1',
        ...env,
      }),
      createLogger('silent'),
    );

  it('leaves an empty DATABASE_URL database empty unless SEED_DEMO=1', async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const plain = await start(db.url);
      const units = async (s: Awaited<ReturnType<typeof start>>) =>
        (await s.app.get(DataSource).query('SELECT count(*)::int AS n FROM unit'))[0].n;
      expect(await units(plain)).toBe(0);
      await plain.close();

      const seeded = await start(db.url, { SEED_DEMO: '1' });
      expect(await units(seeded)).toBe(7);
      const leaders = await seeded.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM leader');
      expect(leaders[0].n).toBe(20);
      const res = await fetch(`${seeded.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'leader07', password: 'demo-password-1' }),
      });
      expect(res.status).toBe(200);
      await seeded.close();

      // A second start finds the data and seeds nothing twice.
      const again = await start(db.url, { SEED_DEMO: '1' });
      expect(await units(again)).toBe(7);
      await again.close();
    } finally {
      await db.drop();
    }
  });
});
