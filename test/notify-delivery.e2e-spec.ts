import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical from 'node-ical';
import { SMTPServer } from 'smtp-server';
import { NotificationsService } from '../src/notify/notifications.service.js';
import type { PlannedNotification } from '../src/notify/planned.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Real deliveries: an SMTP server and an HTTP receiver on 127.0.0.1, the worker on pg-boss.

interface Hit {
  path: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let t: TestApp;
let unitId: string;
let smtp: SMTPServer;
let http: Server;
let httpBase: string;
const mails: string[] = [];
const hits: Hit[] = [];
const flakyCount = new Map<string, number>();
const SECRET = 'webhook-secret-0123456789';
const DING_SECRET = 'SECdingtalk0123456789';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}
function listenSmtp(server: SMTPServer): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
}

/** Minimal MIME reading for the test: headers, decoded encoded-words and base64 parts. */
function decodeWords(s: string): string {
  return s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
function parts(raw: string): Array<{ headers: string; content: string }> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => {
      const [headers, ...rest] = p.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n').trim();
      const b64 = /content-transfer-encoding:\s*base64/i.test(headers);
      const qp = /content-transfer-encoding:\s*quoted-printable/i.test(headers);
      const content = b64
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : qp
          ? Buffer.from(
              body
                .replace(/=\r?\n/g, '')
                .replace(/=([0-9A-F]{2})/gi, (_, h: string) =>
                  String.fromCharCode(parseInt(h, 16)),
                ),
              'latin1',
            ).toString('utf8')
          : body;
      return { headers, content };
    });
}

const waitFor = async <T>(fn: () => Promise<T | undefined | false>, ms = 30000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${JSON.stringify(lastSeen)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('latin1')));
      stream.on('end', () => {
        mails.push(Buffer.from(raw, 'latin1').toString('utf8'));
        cb();
      });
    },
  });
  const smtpPort = await listenSmtp(smtp);
  http = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = new URL(req.url!, 'http://x').pathname;
      hits.push({ path, url: req.url!, headers: req.headers, body });
      const key = String(req.headers['idempotency-key']);
      if (path === '/always500') {
        res.writeHead(500).end('boom');
      } else if (path === '/flaky' && (flakyCount.get(key) ?? 0) === 0) {
        flakyCount.set(key, 1);
        res.writeHead(500).end('temporary');
      } else if (path === '/robot') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"errcode":0,"errmsg":"ok"}');
      } else {
        res.writeHead(200).end('ok');
      }
    });
  });
  httpBase = `http://127.0.0.1:${await listen(http)}`;
  t = await startTestApp({
    env: {
      NOTIFY_RETRY_DELAY_SECONDS: '1',
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_POLL_INTERVAL_MS: '500',
      NOTIFY_MAINTENANCE_SECONDS: '2',
      // The receivers run on this host.
      NOTIFY_ALLOWED_HOSTS: '127.0.0.1',
    },
  });
  [{ id: unitId }] = await t.dataSource.query(`SELECT id FROM unit WHERE code = 'QR'`);
  const res = await t.http
    .put(`/api/v1/units/${unitId}/notify-settings`)
    .set(await t.auth('admin'))
    .send({
      channels: {
        email: {
          host: '127.0.0.1',
          port: smtpPort,
          secure: false,
          from: '青嵘市信访联席办 <noreply@qr.test>',
        },
        webhook: { url: `${httpBase}/hook`, secret: SECRET },
        dingtalk: { url: `${httpBase}/robot?access_token=t1`, secret: DING_SECRET },
        wecom: { url: `${httpBase}/robot?key=w1` },
        sms: { url: `${httpBase}/sms`, template: '【{unit}】{text}', token: 'sms-token' },
      },
      quietHours: { start: '00:00', end: '00:00' },
    });
  expect(res.status).toBe(200);
  expect(res.body.channels.webhook.secret).toBe('***');
});

afterAll(async () => {
  await t?.close();
  await new Promise<void>((r) => smtp?.close(() => r()));
  http?.closeAllConnections();
  await new Promise<void>((r) => http?.close(() => r()));
});

let n = 0;
async function plan(
  channel: PlannedNotification['channel'],
  extra: Partial<PlannedNotification> = {},
) {
  n += 1;
  const p: PlannedNotification = {
    unitId,
    source: `test:${n}`,
    rule: 'duty_day_before',
    recipient: {
      key: `leader:test${n}`,
      name: '程望岳',
      email: 'cheng@qr.test',
      phone: '13800000000',
    },
    channel,
    rosterId: null,
    dueAt: new Date(),
    subject: '接访提醒：3月6日（星期五）上午',
    body: '程望岳：您好！您定于3月6日（星期五）上午 08:30—11:30 在市群众来访接待中心接待来访群众。',
    ref: {
      date: '2026-03-06',
      session: 'AM',
      start: '08:30',
      end: '11:30',
      leaderId: '0b7c2f9e-1111-4c1e-9d7e-000000000001',
      venue: '市群众来访接待中心',
      sequence: 2,
    },
    ...extra,
  };
  await t.dataSource.transaction((tx) => t.app.get(NotificationsService).planForSource(tx, [p]));
  const [row] = await t.dataSource.query(`SELECT id FROM notification WHERE source = $1`, [
    p.source,
  ]);
  return row.id as string;
}

const status = async (id: string) => {
  const res = await t.http.get(`/api/v1/notifications/${id}`).set(await t.auth('admin'));
  return res.body as {
    status: string;
    attempts: number;
    lastError: string | null;
    deliveries: Array<{ status: string; idempotencyKey: string }>;
  };
};
let lastSeen: unknown;
const until = (id: string, s: string) =>
  waitFor(async () => {
    const v = await status(id);
    lastSeen = v;
    return v.status === s ? v : (false as const);
  });

describe('delivery over real channels', () => {
  it('email: Chinese subject and body, Message-ID from the idempotency key, a parseable .ics', async () => {
    const id = await plan('email');
    const row = await until(id, 'sent');
    const mail = mails.find((m) => m.includes(`${id}.1@reception-roster`))!;
    expect(mail).toBeDefined();
    expect(
      decodeWords(/^Subject: (.*(?:\r?\n\s.*)*)/m.exec(mail)![1].replace(/\r?\n\s/g, ' ')),
    ).toBe('接访提醒：3月6日（星期五）上午');
    const ps = parts(mail);
    const text = ps.find((p) => /text\/plain/i.test(p.headers))!;
    expect(text.content).toContain('在市群众来访接待中心接待来访群众');
    const ics = ps.find((p) => /text\/calendar/i.test(p.headers))!;
    const parsed = ical.sync.parseICS(ics.content);
    const ev = Object.values(parsed).find((e) => e?.type === 'VEVENT') as ical.VEvent;
    expect(new Date(ev.start as Date).toISOString()).toBe('2026-03-06T00:30:00.000Z');
    expect(new Date(ev.end as Date).toISOString()).toBe('2026-03-06T03:30:00.000Z');
    expect(ev.location).toBe('市群众来访接待中心');
    expect(String(ev.summary)).toBe('领导接访（上午）');
    expect(row.deliveries).toHaveLength(1);
    expect(row.deliveries[0].idempotencyKey).toBe(`${id}.1`);
  });

  it('generic webhook: JSON with a verifiable HMAC signature and an idempotency key', async () => {
    const id = await plan('webhook');
    await until(id, 'sent');
    const hit = hits.find((h) => h.path === '/hook' && h.headers['idempotency-key'] === `${id}.1`)!;
    const ts = String(hit.headers['x-roster-timestamp']);
    const expected = createHmac('sha256', SECRET).update(`${ts}.${hit.body}`).digest('hex');
    expect(hit.headers['x-roster-signature']).toBe(`sha256=${expected}`);
    const body = JSON.parse(hit.body);
    expect(body.text).toContain('接待来访群众');
    expect(body.recipient).toEqual({ key: expect.stringMatching(/^leader:/), name: '程望岳' });
    expect(hit.body).not.toContain('13800000000');
  });

  it('DingTalk: signed URL (Base64 HMAC-SHA256 of timestamp\\nsecret); WeCom: text; SMS: template', async () => {
    const ding = await plan('dingtalk');
    const wecom = await plan('wecom');
    const sms = await plan('sms');
    await Promise.all([until(ding, 'sent'), until(wecom, 'sent'), until(sms, 'sent')]);
    const d = hits.find(
      (h) => h.url.includes('access_token=t1') && h.headers['idempotency-key'] === `${ding}.1`,
    )!;
    const q = new URL(d.url, 'http://x').searchParams;
    const sign = createHmac('sha256', DING_SECRET)
      .update(`${q.get('timestamp')}\n${DING_SECRET}`)
      .digest('base64');
    expect(q.get('sign')).toBe(sign);
    expect(JSON.parse(d.body).text.content).toContain('接访提醒');
    const w = hits.find(
      (h) => h.url.includes('key=w1') && h.headers['idempotency-key'] === `${wecom}.1`,
    )!;
    expect(JSON.parse(w.body)).toMatchObject({ msgtype: 'text' });
    const s = hits.find((h) => h.path === '/sms' && h.headers['idempotency-key'] === `${sms}.1`)!;
    expect(s.headers.authorization).toBe('Bearer sms-token');
    expect(JSON.parse(s.body)).toMatchObject({
      to: '13800000000',
      content: expect.stringMatching(/^【青嵘市】程望岳：/),
    });
  });

  it('a 500 is retried with the same idempotency key, then sent', async () => {
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(await t.auth('admin'))
      .send({ channels: { webhook: { url: `${httpBase}/flaky`, secret: '***' } } })
      .expect(200);
    const id = await plan('webhook');
    const row = await until(id, 'sent');
    expect(row.attempts).toBe(2);
    expect(row.deliveries.map((d) => d.status)).toEqual(['failed', 'sent']);
    const keys = hits.filter(
      (h) => h.path === '/flaky' && String(h.headers['idempotency-key']).startsWith(id),
    );
    expect(keys.map((h) => h.headers['idempotency-key'])).toEqual([`${id}.1`, `${id}.1`]);
  });

  it('N failures make it dead, with the last error visible to admins (not to leaders)', async () => {
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(await t.auth('admin'))
      .send({ channels: { webhook: { url: `${httpBase}/always500`, secret: '***' } } })
      .expect(200);
    const id = await plan('webhook');
    const row = await until(id, 'dead');
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('HTTP 500');
    const list = await t.http
      .get(`/api/v1/notifications?status=dead&unitId=${unitId}`)
      .set(await t.auth('admin'))
      .expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
    await t.http
      .get('/api/v1/notifications')
      .set(await t.auth('leader01'))
      .expect(403);
    await t.http
      .get('/api/v1/notifications?status=nope')
      .set(await t.auth('admin'))
      .expect(400);
    // An admin can send it again once the receiver is fixed.
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(await t.auth('admin'))
      .send({ channels: { webhook: { url: `${httpBase}/hook`, secret: '***' } } })
      .expect(200);
    await t.http
      .post(`/api/v1/notifications/${id}/retry`)
      .set(await t.auth('admin'))
      .expect(200);
    await until(id, 'sent');
  });

  it('a channel that is not configured fails once and is dead, not retried', async () => {
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(await t.auth('admin'))
      .send({ channels: { webhook: { url: `${httpBase}/hook`, secret: '***' } } })
      .expect(200);
    const id = await plan('sms');
    const row = await until(id, 'dead');
    expect(row.attempts).toBe(1);
    expect(row.deliveries.map((d) => d.status)).toEqual(['failed']);
    expect(row.lastError).toBe('渠道未配置：sms');
  });

  it('quiet hours: absent means the defaults, null means none, and stays none', async () => {
    const admin = await t.auth('admin');
    const settings = async () =>
      (await t.http.get(`/api/v1/units/${unitId}/notify-settings`).set(admin).expect(200)).body;
    const quiet = async () => (await settings()).quietHours;
    const before = await settings();
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(admin)
      .send({ quietHours: null })
      .expect(200);
    expect(await quiet()).toBeNull();
    // Another change leaves it off.
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(admin)
      .send({ preference: before.preference })
      .expect(200);
    expect(await quiet()).toBeNull();
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(admin)
      .send({ quietHours: { start: '21:00', end: '06:30' } })
      .expect(200);
    expect(await quiet()).toEqual({ start: '21:00', end: '06:30' });
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(admin)
      .send({ preference: before.preference, quietHours: before.quietHours })
      .expect(200);
  });

  it('the outbox channel (demo mode) marks the row sent and lists it', async () => {
    const id = await plan('outbox');
    await until(id, 'sent');
    const list = await t.http
      .get('/api/v1/notifications?channel=outbox&status=sent')
      .set(await t.auth('office'))
      .expect(200);
    expect(
      list.body.items.some(
        (i: { id: string; body: string }) => i.id === id && i.body.includes('接待来访群众'),
      ),
    ).toBe(true);
  });
});
