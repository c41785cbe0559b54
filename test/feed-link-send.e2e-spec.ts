import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * 两办 sends a leader's calendar link to the leader's own channel without seeing it
 * (src/feeds/feed-link-delivery.ts): the stored message has a placeholder, the link is made at
 * delivery and works.
 */
describe('sending a leader their calendar link', () => {
  let t: TestApp;
  let http: Server;
  const received: Array<{ rule: string; recipient: { key: string }; text: string }> = [];
  let cityId: string;
  let l01: string;
  let l20: string;

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    const hook = `http://127.0.0.1:${(http.address() as AddressInfo).port}/hook`;
    t = await startTestApp({
      env: { NOTIFY_POLL_INTERVAL_MS: '500', NOTIFY_ALLOWED_HOSTS: '127.0.0.1' },
    });
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const leaders: Array<{ id: string }> = await t.dataSource.query(
      "SELECT id FROM leader WHERE code IN ('L01', 'L20') ORDER BY code",
    );
    [l01, l20] = leaders.map((l) => l.id);
    await t.http
      .put(`/api/v1/units/${cityId}/notify-settings`)
      .set(await t.auth('admin'))
      .send({
        channels: { webhook: { url: hook } },
        recipientChannels: { [`leader:${l01}`]: 'webhook' },
        quietHours: { start: '00:00', end: '00:00' },
      })
      .expect(200);
  });
  afterAll(async () => {
    await t?.close();
    http?.closeAllConnections();
    await new Promise<void>((r) => http?.close(() => r()));
  });

  const until = async <T>(fn: () => Promise<T | undefined>, ms = 20000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  it('plans the message with a placeholder; the leader receives a working link', async () => {
    const office = await t.auth('office');
    const res = await t.http.post(`/api/v1/leaders/${l01}/feed/send`).set(office).expect(201);
    expect(res.body).toMatchObject({ rule: 'feed_link', channel: 'webhook', status: 'planned' });
    expect(res.body.body).toContain('〔订阅链接：发送时生成，仅发给本人〕');
    expect(JSON.stringify(res.body)).not.toMatch(/\/feeds\/[A-Za-z0-9_-]{43}/);

    const message = await until(async () => received.find((m) => m.rule === 'feed_link'));
    expect(message.recipient.key).toBe(`leader:${l01}`);
    const token = /\/feeds\/([A-Za-z0-9_-]{43})\.ics/.exec(message.text)?.[1];
    expect(token).toBeDefined();
    const feed = await t.http.get(`/feeds/${token}.ics`).expect(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');

    // The office's list and the stored row never hold the secret; the link is the leader's.
    const listed = await t.http.get('/api/v1/notifications?rule=feed_link').set(office).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const stored = await t.dataSource.query(
      "SELECT body FROM notification WHERE rule = 'feed_link'",
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    const [owner] = await t.dataSource.query(
      `SELECT u.username FROM feed_token f JOIN app_user u ON u.id = f.owner_id
        WHERE f.leader_id = $1 AND f.revoked_at IS NULL`,
      [l01],
    );
    expect(owner.username).toBe('leader01');
  });

  it("lists the message under the leader's own 我的提醒, and no one else's", async () => {
    const mine = await t.http
      .get('/api/v1/me/notifications')
      .set(await t.auth('leader01'))
      .expect(200);
    expect(mine.body.map((n: { rule: string }) => n.rule)).toContain('feed_link');
    expect(mine.body[0]).not.toHaveProperty('recipient');
    const other = await t.http
      .get('/api/v1/me/notifications')
      .set(await t.auth('leader02'))
      .expect(200);
    expect(other.body.filter((n: { rule: string }) => n.rule === 'feed_link')).toEqual([]);
    await t.http
      .get('/api/v1/me/notifications')
      .set(await t.auth('office'))
      .expect(403);
  });

  it('refuses a leader without an account, and roles other than the office', async () => {
    await t.dataSource.query("UPDATE app_user SET active = false WHERE username = 'leader20'");
    const res = await t.http
      .post(`/api/v1/leaders/${l20}/feed/send`)
      .set(await t.auth('office'))
      .expect(409);
    expect(res.body.code).toBe('LEADER_HAS_NO_ACCOUNT');
    await t.http
      .post(`/api/v1/leaders/${l01}/feed/send`)
      .set(await t.auth('petition'))
      .expect(403);
    await t.http
      .post(`/api/v1/leaders/${l01}/feed/send`)
      .set(await t.auth('leader01'))
      .expect(403);
  });
});
