import { JwtService } from '@nestjs/jwt';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { leaveWindowTime } from './support/fixed-window.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('returns a token and its expiry for valid credentials', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'office', password: TEST_DEMO_PASSWORD })
      .expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    const expires = Date.parse(res.body.expiresAt);
    expect(expires).toBeGreaterThan(Date.now() + 60 * 60_000);
    const me = await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ username: 'office', role: 'office' });
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'office', password: 'nope-nope' });
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'nobody-here', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const rows: Array<{ password_hash: string }> = await t.dataSource.query(
      "SELECT password_hash FROM app_user WHERE username = 'office'",
    );
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(TEST_DEMO_PASSWORD);
  });

  it('rejects forged, malformed and missing tokens', async () => {
    await t.http.get('/api/v1/auth/me').expect(401);
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'x', role: 'admin' })).toString('base64url');
    await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${header}.${body}.`)
      .expect(401);
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const [{ id }] = await t.dataSource.query("SELECT id FROM app_user WHERE username = 'admin'");
    const jwt = t.app.get(JwtService);
    const forever = await jwt.signAsync({ sub: id, role: 'admin' });
    expect(
      JSON.parse(Buffer.from(forever.split('.')[1], 'base64url').toString()),
    ).not.toHaveProperty('exp');
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${forever}`).expect(401);
    const expiring = await jwt.signAsync({ sub: id, role: 'admin' }, { expiresIn: 60 });
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${expiring}`).expect(200);
  });

  it('stops honouring the token of a deactivated user', async () => {
    const headers = await t.auth('leader20');
    await t.http.get('/api/v1/auth/me').set(headers).expect(200);
    await t.dataSource.query("UPDATE app_user SET active = false WHERE username = 'leader20'");
    await t.http.get('/api/v1/auth/me').set(headers).expect(401);
  });

  it('records logins in the audit log without the password', async () => {
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'petition', password: TEST_DEMO_PASSWORD })
      .expect(200);
    const rows: Array<{ username: string; action: string; detail: unknown }> =
      await t.dataSource.query(
        "SELECT username, action, detail FROM audit_log WHERE action = 'POST /api/v1/auth/login'",
      );
    expect(rows.some((r) => r.username === 'petition')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(TEST_DEMO_PASSWORD);
  });
});

describe('login limits behind one office address', () => {
  // Two service instances on one database stand for two replicas: the counts are shared. Behind
  // a proxy (TRUST_PROXY=1) X-Forwarded-For says which address a request comes from.
  let a: TestApp;
  let b: TestApp;
  const env = { LOGIN_MAX_ATTEMPTS: '3', TRUST_PROXY: '1' };
  beforeAll(async () => {
    a = await startTestApp({ env });
    b = await startTestApp({ env, db: a.db });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  // Counts live in fixed 15-minute windows (LOGIN_WINDOW_MINUTES): a new window in the middle of
  // a test would start them again, so each test starts at least 20 s before a window ends.
  beforeEach(() => leaveWindowTime(15 * 60_000, 20_000));

  const attempt = (t: TestApp, from: string, username: string, password: string) =>
    t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const counts = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        await a.dataSource.query<Array<{ key: string; count: number }>>(
          'SELECT key, count FROM login_attempt',
        )
      ).map((r) => [r.key, r.count]),
    );

  it('does not count successful logins against the address', async () => {
    const users = ['admin', 'office', 'petition', 'politics', 'leader01', 'leader02', 'leader03'];
    for (const username of users) {
      expect((await attempt(a, '10.1.1.1', username, TEST_DEMO_PASSWORD)).status).toBe(200);
    }
    for (let i = 0; i < 5; i++) {
      expect((await attempt(b, '10.1.1.1', 'office', TEST_DEMO_PASSWORD)).status).toBe(200);
    }
    const stored = await counts();
    expect(Object.keys(stored).filter((k) => k.includes('10.1.1.1'))).toEqual([]);
    expect(stored['user:office'] ?? 0).toBe(0);
  });

  it('locks a username only for the address that guessed it, across replicas; the real user still gets in elsewhere', async () => {
    for (const [t, password] of [
      [a, 'wrong-1'],
      [b, 'wrong-2'],
      [a, 'wrong-3'],
    ] as const) {
      expect((await attempt(t, '10.9.9.9', 'leader05', password)).status).toBe(401);
    }
    const blocked = await attempt(b, '10.9.9.9', 'leader05', TEST_DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The guessing address may still log in as anyone else.
    expect((await attempt(a, '10.9.9.9', 'leader06', TEST_DEMO_PASSWORD)).status).toBe(200);

    // The real leader05, at the office's address: let in, after a short delay (3 failures so far).
    const started = Date.now();
    expect((await attempt(b, '10.1.1.1', 'leader05', TEST_DEMO_PASSWORD)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);

    const stored = await counts();
    expect(stored['pair:leader05|10.9.9.9']).toBe(4);
    expect(stored['user:leader05']).toBe(4);
    expect(stored['pair:leader05|10.1.1.1']).toBeUndefined();
  });

  it('slows guesses at a username from many addresses, doubling the delay, without locking it', async () => {
    const timings: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const started = Date.now();
      const res = await attempt(i % 2 ? a : b, `10.2.0.${i}`, 'leader07', `wrong-${i}`);
      timings.push(Date.now() - started);
      expect(res.status).toBe(401);
    }
    // Failures 4 and 5 (beyond LOGIN_MAX_ATTEMPTS = 3) wait 0.5 s and then 1 s.
    expect(timings[3]).toBeGreaterThanOrEqual(450);
    expect(timings[4]).toBeGreaterThanOrEqual(950);
    // Unknown usernames are counted and answered the same way.
    const unknown = await attempt(a, '10.2.0.9', 'nobody-at-all', 'wrong');
    expect(unknown.status).toBe(401);
    expect((await counts())['user:nobody-at-all']).toBe(1);
  });
});
