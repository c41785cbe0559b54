import { Writable } from 'node:stream';
import { createLogger } from '../src/common/logger.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('structured logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    t = await startTestApp({ logger: createLogger('info', sink) });
  });
  afterAll(() => t.close());

  it('writes one JSON access line per request with its id, and no credentials or bodies', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .set('X-Request-Id', 'log-test-1')
      .send({ username: 'office', password: TEST_DEMO_PASSWORD })
      .expect(200);
    await t.http
      .get('/api/v1/leaders')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .set('X-Request-Id', 'log-test-2')
      .expect(200);
    const parsed = lines.map((l) => JSON.parse(l));
    const access = parsed.filter((l) => l.req?.id === 'log-test-2');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      req: { method: 'GET', url: '/api/v1/leaders' },
      res: { statusCode: 200 },
    });
    const all = lines.join('\n');
    expect(all).not.toContain(TEST_DEMO_PASSWORD);
    expect(all).not.toContain(login.body.accessToken);
  });

  it('never writes a feed token to the access log, however the URL spells it', async () => {
    const h = await t.auth('office');
    const [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const link = await t.http.get(`/api/v1/units/${cityId}/feed`).set(h).expect(200);
    const token = /\/feeds\/([A-Za-z0-9_-]{43})\.ics/.exec(link.body.url)![1];
    const encoded = [...token].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    const spellings = [
      `/FEEDS/${token}.ics`,
      `/Feeds/${encoded}.ics`,
      `/feeds/${token}.ics?t=${token}&t=${token}`,
    ];
    for (const url of spellings) {
      const res = await t.http.get(url).set('X-Request-Id', 'feed-log');
      expect(res.status).toBe(200);
    }
    const logged = lines.filter((l) => l.includes('feed-log'));
    expect(logged).toHaveLength(spellings.length);
    expect(lines.join('\n')).not.toContain(token.slice(4));
  });
});
