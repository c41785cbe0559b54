import { newLeader } from './fixtures/org.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Bad input gets a 4xx naming the field, never a 500. */
describe('bad input', () => {
  let t: TestApp;
  let h: { Authorization: string };
  let cityId: string;
  const valid = () => newLeader(cityId);

  beforeAll(async () => {
    t = await startTestApp({ env: { BODY_LIMIT_KB: '16' } });
    h = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(() => t.close());

  const post = (body: unknown) =>
    t.http
      .post('/api/v1/leaders')
      .set(h)
      .send(body as object);

  it.each([
    ['an unknown field', { extra: 1 }, 'extra'],
    ['a wrong type', { protocolOrder: 'first' }, 'protocolOrder'],
    ['a bad enum value', { rotationPool: 'army' }, 'rotationPool'],
    ['a malformed date', { activeFrom: '2026-13-01' }, 'activeFrom'],
    ['a nested unknown field', { contact: { fax: '1' } }, 'contact.fax'],
    ['a malformed nested email', { secretary: { name: '秘书', email: 'nope' } }, 'secretary.email'],
    ['min above max', { minSessionsPerMonth: 3, maxSessionsPerMonth: 2 }, 'minSessionsPerMonth'],
    [
      'an unknown subject code',
      { portfolioSubjects: ['education', 'astrology'] },
      'portfolioSubjects[1]',
    ],
    ['a malformed unit id', { unitId: '42' }, 'unitId'],
  ])('rejects %s with 400 naming %s', async (_what, patch, field) => {
    const res = await post({ ...valid(), ...patch });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', field });
    expect(res.body.message).toContain(field);
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it.each(['name', 'code', 'unitId', 'activeFrom', 'rotationPool'])(
    'rejects a missing %s with 400 naming it',
    async (field) => {
      const body: Record<string, unknown> = valid();
      delete body[field];
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
    },
  );

  it('rejects a unit that does not exist', async () => {
    const res = await post({ ...valid(), unitId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(403);
  });

  it('answers a duplicate code with 409 naming the field', async () => {
    const res = await post({ ...valid(), code: 'L01' });
    expect(res.status).toBe(409);
    expect(res.body.field).toBe('code');
  });

  it('rejects a body that is not JSON', async () => {
    const res = await t.http
      .post('/api/v1/leaders')
      .set(h)
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_JSON');
  });

  it('rejects an array where an object is expected', async () => {
    const res = await post([valid()]);
    expect(res.status).toBe(400);
  });

  it('answers an oversized body with 413', async () => {
    const res = await post({ ...valid(), portfolioText: 'x'.repeat(40 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed ids with 400 and unknown ids with 404', async () => {
    const bad = await t.http.get('/api/v1/leaders/not-a-uuid').set(h);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('id');
    const missing = await t.http.get('/api/v1/leaders/00000000-0000-4000-8000-000000000000').set(h);
    expect(missing.status).toBe(404);
    const patchMissing = await t.http
      .patch('/api/v1/departments/00000000-0000-4000-8000-000000000000')
      .set(h)
      .send({ name: 'x' });
    expect(patchMissing.status).toBe(404);
  });

  it('validates query strings', async () => {
    const res = await t.http.get('/api/v1/leaders?unitId=abc').set(h);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('unitId');
    const unknown = await t.http.get('/api/v1/leaders?colour=red').set(h);
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('colour');
  });

  it('validates login bodies', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ username: 'office' });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('password');
  });
});
