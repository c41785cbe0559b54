import { join } from 'node:path';
import { Client } from 'pg';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { runTs, type TsChild } from './support/child-process.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const pgServer = join(process.cwd(), 'test', 'support', 'embedded-server.ts');
const preparer = join(process.cwd(), 'test', 'support', 'prepare-template.ts');

/** A throw-away embedded PostgreSQL with the template's data, and the service on it. */
async function startOnOwnServer(env: Record<string, string> = {}) {
  const pg = runTs(pgServer);
  const url = String((await pg.next()).url);
  const setup = runTs(preparer, [url]);
  await new Promise((resolve) => setup.child.once('exit', resolve));
  expect(setup.child.exitCode).toBe(0);
  const t = await startTestApp({
    databaseUrl: url,
    db: { name: 'embedded', url, drop: async () => undefined },
    env,
  });
  return { pg, t, url };
}

/**
 * The service keeps running while its PostgreSQL restarts: requests fail fast with 503 while the
 * database is away and succeed again afterwards, without restarting the service.
 */
describe('database restart under load', () => {
  let pg: TsChild;
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    ({ pg, t, url } = await startOnOwnServer());
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

/**
 * PostgreSQL stalls (SIGSTOP: it accepts nothing and answers nothing) or a statement waits on a
 * lock: requests fail within the configured deadlines with 503 instead of hanging for the whole
 * stall, /readyz answers within 2 s, and a transaction cut off by the deadline never completes
 * later on a reused connection.
 */
describe('database stall', () => {
  let pg: TsChild;
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    ({ pg, t, url } = await startOnOwnServer({
      DB_QUERY_TIMEOUT_MS: '1000',
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_POOL_SIZE: '4',
    }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await pg?.stop();
  });

  const timed = async <T>(request: PromiseLike<T>) => {
    const started = Date.now();
    const res = await request;
    return { res, ms: Date.now() - started };
  };
  const pause = async () => {
    pg.send('pause');
    expect(await pg.next()).toEqual({ paused: true });
  };
  const resume = async () => {
    pg.send('resume');
    expect(await pg.next()).toEqual({ resumed: true });
  };

  it('answers 503 within the deadlines while PostgreSQL stalls and /readyz within 2 s', async () => {
    const h = await t.auth('office');
    await Promise.all([1, 2, 3].map(() => t.http.get('/api/v1/leaders').set(h).expect(200)));
    await pause();
    try {
      const [list, ready, login] = await Promise.all([
        timed(t.http.get('/api/v1/leaders').set(h)),
        timed(t.http.get('/readyz')),
        timed(
          t.http
            .post('/api/v1/auth/login')
            .send({ username: 'petition', password: TEST_DEMO_PASSWORD }),
        ),
      ]);
      expect(ready.res.status).toBe(503);
      expect(ready.ms).toBeLessThan(2000);
      for (const r of [list, login]) {
        expect(r.res.status).toBe(503);
        expect(r.res.body.code).toBe('DATABASE_UNAVAILABLE');
        // 1 s statement deadline (+0.5 s client grace), or 1 s to get a connection.
        expect(r.ms).toBeLessThan(4000);
      }
      const again = await timed(t.http.get('/readyz'));
      expect(again.res.status).toBe(503);
      expect(again.ms).toBeLessThan(2000);
    } finally {
      await resume();
    }
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      recovered = (await t.http.get('/api/v1/leaders').set(h)).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    await t.http.get('/readyz').expect(200);
  }, 60_000);

  it('never lets a transaction cut off by the deadline finish later on a reused connection', async () => {
    const [dep] = await t.dataSource.query('SELECT id, name FROM department LIMIT 1');
    let paused = false;
    const cutOff = t.dataSource.transaction(async (tx) => {
      await tx.query("UPDATE department SET name = '停顿中的修改' WHERE id = $1", [dep.id]);
      await pause();
      paused = true;
      await tx.query('SELECT 1');
    });
    // Without a deadline the transaction would wait for the whole stall: give up after 15 s.
    const outcome = await Promise.race([
      cutOff.then(
        () => 'committed',
        () => 'failed',
      ),
      new Promise((r) => setTimeout(() => r('still waiting'), 15_000)),
    ]);
    if (paused) await resume();
    expect(outcome).toBe('failed');
    // Every pooled connection answers outside any transaction, and the update never landed.
    const rows = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        const [row] = await t.dataSource.query(
          'SELECT txid_current_if_assigned() AS txid, name FROM department, pg_sleep(0.05) WHERE id = $1',
          [dep.id],
        );
        return row;
      }),
    );
    for (const row of rows) expect(row).toEqual({ txid: null, name: dep.name });
  }, 60_000);

  it('fails a statement that waits on a lock beyond the deadline with 503', async () => {
    const h = await t.auth('office');
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE leader IN ACCESS EXCLUSIVE MODE');
      const { res, ms } = await timed(t.http.get('/api/v1/leaders').set(h));
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(ms).toBeLessThan(4000);
      await holder.query('ROLLBACK');
      await t.http.get('/api/v1/leaders').set(h).expect(200);
    } finally {
      await holder.end();
    }
  }, 60_000);
});
