import { TEST_DEMO_PASSWORD } from './support/constants.js';
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

describe('login rate limit', () => {
  // Two service instances on one database stand for two replicas: the count is shared.
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS: '3' } });
    b = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS: '3' }, db: a.db });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('holds across replicas and then refuses even the right password', async () => {
    const attempt = (t: TestApp, password: string) =>
      t.http.post('/api/v1/auth/login').send({ username: 'politics', password });
    expect((await attempt(a, 'wrong-1')).status).toBe(401);
    expect((await attempt(b, 'wrong-2')).status).toBe(401);
    expect((await attempt(a, 'wrong-3')).status).toBe(401);
    const blocked = await attempt(b, TEST_DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const rows: Array<{ count: number }> = await a.dataSource.query(
      "SELECT count FROM login_attempt WHERE key = 'user:politics'",
    );
    expect(rows[0].count).toBe(4);
  });
});
