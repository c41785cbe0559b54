import { join } from 'node:path';
import { Client } from 'pg';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { runTs, type TsChild } from './support/child-process.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const pgServer = join(process.cwd(), 'test', 'support', 'embedded-server.ts');
const preparer = join(process.cwd(), 'test', 'support', 'prepare-template.ts');

/**
 * The service keeps running while its PostgreSQL restarts: requests fail fast with 503 while the
 * database is away and succeed again afterwards, without restarting the service.
 */
describe('database restart under load', () => {
  let pg: TsChild;
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    pg = runTs(pgServer);
    url = String((await pg.next()).url);
    const setup = runTs(preparer, [url]);
    await new Promise((resolve) => setup.child.once('exit', resolve));
    expect(setup.child.exitCode).toBe(0);
    t = await startTestApp({
      databaseUrl: url,
      db: { name: 'embedded', url, drop: async () => undefined },
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await pg?.stop();
  });

  it('answers 503 while the database is down and recovers by itself', async () => {
    const h = await t.auth('office');
    await t.http.get('/api/v1/leaders').set(h).expect(200);
    // Keep traffic flowing through the restart so pooled connections are in use when it dies.
    let stopLoad = false;
    const statuses: number[] = [];
    const load = (async () => {
      while (!stopLoad) {
        const res = await t.http.get('/api/v1/leaders').set(h);
        statuses.push(res.status);
      }
    })();

    pg.send('stop');
    expect(await pg.next()).toEqual({ stopped: true });
    const started = Date.now();
    const down = await t.http.get('/api/v1/leaders').set(h);
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.headers['retry-after']).toBeDefined();
    expect(Date.now() - started).toBeLessThan(5000);
    await t.http.get('/readyz').expect(503);
    await t.http.get('/healthz').expect(200);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'office', password: TEST_DEMO_PASSWORD });
    expect(login.status).toBe(503);

    pg.send('start');
    expect(await pg.next()).toEqual({ started: true });
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      recovered = (await t.http.get('/api/v1/leaders').set(h)).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 100));
    }
    stopLoad = true;
    await load;
    expect(recovered).toBe(true);
    await t.http.get('/readyz').expect(200);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses).toContain(503);

    // The data survived the restart.
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM leader');
    await client.end();
    expect(rows[0].n).toBe(20);
  }, 120_000);
});
