import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { AuthService } from '../src/auth/auth.service.js';
import { createLogger } from '../src/common/logger.js';
import { FeedAppointmentsRegistry } from '../src/feeds/feed-appointments.js';
import { FeedsService } from '../src/feeds/feeds.service.js';
import { RosterHooks } from '../src/roster/roster-hooks.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { leaveWindowTime } from './support/fixed-window.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Duty {
  assignmentId: string;
  date: string;
  session: 'AM' | 'PM';
  leaderId: string;
  sequence: number;
  updatedAt: string;
}

const today = DateTime.now().setZone('Asia/Shanghai').startOf('day');
const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
const FEED_URL = /^http:\/\/localhost:3000\/feeds\/([A-Za-z0-9_-]{43})\.ics$/;

/** Properties of each VEVENT of a feed, by UID, as ical.js reads them. */
function events(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  return new Map(
    cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return [
        e.uid,
        {
          sequence: e.sequence,
          start: e.startDate.toJSDate().toISOString(),
          end: e.endDate.toJSDate().toISOString(),
          summary: e.summary,
          description: e.description,
        },
      ];
    }),
  );
}

/** The raw structure: checks RFC 5545 layout rules ical.js and node-ical forgive. */
function checkLayout(bytes: Buffer) {
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const physical = text.slice(0, -2).split('\r\n');
  let offset = 0;
  for (const line of physical) {
    const size = Buffer.byteLength(line, 'utf8');
    expect(size).toBeLessThanOrEqual(75);
    // Each physical line decodes on its own: no UTF-8 character was split by folding.
    expect(() => decoder.decode(bytes.subarray(offset, offset + size))).not.toThrow();
    offset += size + 2;
  }
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  // Within every component, no property after a sub-component.
  const stack: Array<{ name: string; sawChild: boolean }> = [];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) {
      if (stack.length) stack[stack.length - 1].sawChild = true;
      stack.push({ name: line.slice(6), sawChild: false });
    } else if (line.startsWith('END:')) {
      expect(stack.pop()?.name).toBe(line.slice(4));
    } else {
      expect({ line, afterSubComponent: stack[stack.length - 1].sawChild }).toEqual({
        line,
        afterSubComponent: false,
      });
    }
  }
  expect(stack).toEqual([]);
  return lines;
}

describe('calendar feeds', () => {
  const logLines: string[] = [];
  let t: TestApp;
  let unitId: string;
  let leaderIds: Record<string, string>;
  let departmentId: string;
  const rosterIds = new Map<string, string>();

  /** Publishes version `number` of the months the duties fall in, as RosterModule stores it. */
  async function publish(number: number, duties: Duty[], months?: string[]) {
    const byMonth = new Map<string, Duty[]>();
    for (const m of months ?? []) byMonth.set(m, []);
    for (const d of duties)
      byMonth.set(d.date.slice(0, 7), [...(byMonth.get(d.date.slice(0, 7)) ?? []), d]);
    await t.dataSource.transaction(async (tx) => {
      for (const [month, list] of byMonth) {
        let rosterId = rosterIds.get(month);
        if (!rosterId) {
          [{ id: rosterId }] = await tx.query(
            `INSERT INTO roster (unit_id, month, status, version, published_version)
             VALUES ($1, $2, 'published', 1, 0) RETURNING id`,
            [unitId, month],
          );
          rosterIds.set(month, rosterId!);
        }
        await tx.query(
          `INSERT INTO roster_version (roster_id, number, published_at, published_by, published_by_name, reason, duties, changes)
           VALUES ($1, $2, now(), $3, 'office', NULL, $4, '[]')`,
          [rosterId, number, randomUUID(), JSON.stringify(list)],
        );
        await tx.query(
          `UPDATE roster SET published_version = $2, status = 'published' WHERE id = $1`,
          [rosterId, number],
        );
        // What RosterModule's publish does through the hook (tested below) for this unit.
        await t.app.get(FeedsService).touch(tx, unitId);
      }
    });
  }

  const link = async (path: string, user: string) =>
    (await t.http.get(`/api/v1/${path}/feed`).set(await t.auth(user))).body as {
      id: string;
      url: string;
      webcalUrl: string;
      qrPngDataUrl: string;
    };
  const feedPath = (url: string) => new URL(url).pathname;
  const fetchFeed = (url: string) =>
    t.http
      .get(feedPath(url))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  const duty = (
    leader: string,
    offset: number,
    session: 'AM' | 'PM' = 'AM',
    sequence = 0,
    id = randomUUID(),
  ): Duty => ({
    assignmentId: id,
    date: day(offset),
    session,
    leaderId: leaderIds[leader],
    sequence,
    updatedAt: '2026-01-02T03:04:05.678Z',
  });

  let base: Duty[];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    t = await startTestApp({ logger: createLogger('info', sink) });
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const leaders: Array<{ id: string; code: string }> = await t.dataSource.query(
      'SELECT id, code FROM leader WHERE unit_id = $1',
      [unitId],
    );
    leaderIds = Object.fromEntries(leaders.map((l) => [l.code, l.id]));
    [{ id: departmentId }] = await t.dataSource.query(
      'SELECT id FROM department WHERE unit_id = $1 ORDER BY name LIMIT 1',
      [unitId],
    );
    await t.app.get(AuthService).createUsers([
      {
        username: 'dept01',
        displayName: '部门联络员',
        password: TEST_DEMO_PASSWORD,
        role: 'department',
        unitId,
        departmentId,
      },
    ]);
    base = [
      duty('L01', 3),
      duty('L01', 10, 'PM'),
      duty('L02', 4),
      duty('L03', 5),
      duty('L01', -80), // inside the window (90 days back)
      duty('L01', -100), // outside
      duty('L01', 400), // outside (12 months ahead)
    ];
    await publish(1, base);
  });
  afterAll(() => t.close());

  it('hands out links for the caller’s own scope only, and stores only a hash', async () => {
    const h = await t.auth('leader01');
    const res = await t.http.get(`/api/v1/leaders/${leaderIds.L01}/feed`).set(h).expect(200);
    const token = FEED_URL.exec(res.body.url)![1];
    expect(res.body.webcalUrl).toBe(res.body.url.replace('http:', 'webcal:'));
    expect(res.body.qrPngDataUrl).toMatch(/^data:image\/png;base64,/);
    const rows = await t.dataSource.query('SELECT * FROM feed_token WHERE id = $1', [res.body.id]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    await t.http.get(`/api/v1/leaders/${leaderIds.L02}/feed`).set(h).expect(403);
    await t.http.get(`/api/v1/units/${unitId}/feed`).set(h).expect(403);
    await t.http.get(`/api/v1/departments/${departmentId}/feed`).set(h).expect(403);
    const office = await t.auth('office');
    await t.http.get(`/api/v1/leaders/${leaderIds.L01}/feed`).set(office).expect(403);
    await t.http.get(`/api/v1/units/${unitId}/feed`).set(office).expect(200);
    await t.http
      .get(`/api/v1/units/${unitId}/feed`)
      .set(await t.auth('petition'))
      .expect(200);
    await t.http
      .get(`/api/v1/departments/${departmentId}/feed`)
      .set(await t.auth('dept01'))
      .expect(200);
    await t.http
      .get(`/api/v1/leaders/${leaderIds.L01}/feed`)
      .set(await t.auth('admin'))
      .expect(200);
    await t.http.get('/api/v1/leaders/not-a-uuid/feed').set(h).expect(400);
    // Feeds are served ahead of Nest (app.factory.ts) but answer errors like the rest of the API.
    const unknown = await t.http
      .get(`/feeds/${'x'.repeat(43)}.ics`)
      .set('X-Request-Id', 'feed-unknown-1')
      .expect(404);
    expect(unknown.body).toEqual({
      statusCode: 404,
      code: 'FEED_NOT_FOUND',
      message: '订阅链接不存在',
      requestId: 'feed-unknown-1',
    });
    expect(unknown.headers['x-request-id']).toBe('feed-unknown-1');
    expect(unknown.headers['cache-control']).toMatch(/^private\b/);
    await t.http.get('/feeds/short.ics').expect(404);
    await t.http.get(`/api/v1/feeds/${token}.ics`).expect(404);
  });

  it('serves a leader feed: their published sessions in the window, RFC 5545 layout', async () => {
    const { url } = await link(`leaders/${leaderIds.L01}`, 'leader01');
    const res = await fetchFeed(url).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/^private\b/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    // HEAD: the same headers, no body.
    const head = await t.http.head(feedPath(url)).expect(200);
    expect(head.headers.etag).toBe(res.headers.etag);
    expect(head.headers['content-length']).toBe(String(res.body.length));
    expect(head.text ?? '').toBe('');
    expect(new Date(res.headers['last-modified']).getTime()).toBeGreaterThan(0);
    const lines = checkLayout(res.body);
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Shanghai',
        'X-WR-TIMEZONE:Asia/Shanghai',
        'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
        'X-PUBLISHED-TTL:PT1H',
        'TRIGGER:-PT16H30M', // 16:00 the day before an 08:30 session
        'TRIGGER:-PT22H30M', // … and before a 14:30 one
        `DTSTAMP:20260102T030405Z`,
        `LAST-MODIFIED:20260102T030405Z`,
      ]),
    );
    expect(lines.find((l) => l.startsWith('X-WR-CALNAME:'))).toContain('程望岳');
    expect(lines.find((l) => l.startsWith('NAME:'))).toContain('程望岳');
    for (const l of lines.filter((l) => /^(DTSTART|DTEND)[;:]/.test(l))) {
      if (lines.indexOf(l) < lines.indexOf('END:VTIMEZONE')) continue;
      expect(l).toMatch(/^DT(START|END);TZID=Asia\/Shanghai:\d{8}T\d{6}$/);
    }
    for (const l of lines.filter((l) => /^(DTSTAMP|LAST-MODIFIED)/.test(l)))
      expect(l).toMatch(/Z$/);

    const got = events(res.body.toString('utf8'));
    const mine = base.filter(
      (d) => d.leaderId === leaderIds.L01 && d.date >= day(-90) && d.date <= day(365),
    );
    expect([...got.keys()].sort()).toEqual(
      mine.map((d) => `${d.assignmentId}@reception-roster`).sort(),
    );
    const am = got.get(`${base[0].assignmentId}@reception-roster`)!;
    expect(am.start).toBe(
      DateTime.fromISO(`${day(3)}T00:30:00Z`)
        .toUTC()
        .toISO({ suppressMilliseconds: false }),
    );
    expect(am.end).toBe(new Date(`${day(3)}T03:30:00Z`).toISOString());
    expect(got.get(`${base[1].assignmentId}@reception-roster`)!.start).toBe(
      new Date(`${day(10)}T06:30:00Z`).toISOString(),
    );
    expect(am.summary).toBe('领导接访（上午）');
    expect(am.description).toContain('地点：');
  });

  it('answers If-None-Match with 304 even with Cache-Control: no-cache; bodies are byte-identical', async () => {
    const { url } = await link(`units/${unitId}`, 'office');
    const first = await fetchFeed(url).expect(200);
    const second = await fetchFeed(url).expect(200);
    expect(Buffer.compare(first.body, second.body)).toBe(0);
    expect(second.headers.etag).toBe(first.headers.etag);
    const again = await t.http
      .get(feedPath(url))
      .set('If-None-Match', first.headers.etag)
      .set('Cache-Control', 'no-cache')
      .set('Pragma', 'no-cache')
      .expect(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.text ?? '').toBe('');
    await t.http
      .get(feedPath(url))
      .set('If-Modified-Since', first.headers['last-modified'])
      .expect(304);
    await t.http.get(feedPath(url)).set('If-None-Match', '"other"').expect(200);
    // A unit feed has every leader's sessions of the window.
    const got = events(first.body.toString('utf8'));
    expect(got.size).toBe(5);
    expect(got.get(`${base[2].assignmentId}@reception-roster`)!.summary).toContain('接访（上午）');
  });

  it('follows a change of the published roster: same UIDs, SEQUENCE+1 for the moved duty, removed gone', async () => {
    const { url } = await link(`units/${unitId}`, 'office');
    const before = await fetchFeed(url).expect(200);
    // A draft or pending edit never shows: a roster row without a published version.
    const [{ id: draftId }] = await t.dataSource.query(
      `INSERT INTO roster (unit_id, month, status, version, published_version)
       VALUES ($1, '2099-01', 'draft', 1, 0) RETURNING id`,
      [unitId],
    );
    expect(draftId).toBeTruthy();
    const moved = { ...base[2], date: day(6), sequence: 1, updatedAt: '2026-01-05T00:00:00.000Z' };
    const next = [base[0], base[1], moved, base[4]]; // base[3] (L03) removed
    await publish(2, next, [...new Set(base.map((d) => d.date.slice(0, 7)))]);
    const after = await fetchFeed(url).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await t.http.get(feedPath(url)).set('If-None-Match', before.headers.etag).expect(200);
    const was = events(before.body.toString('utf8'));
    const now = events(after.body.toString('utf8'));
    const uid = (d: Duty) => `${d.assignmentId}@reception-roster`;
    expect(now.get(uid(base[0]))).toEqual(was.get(uid(base[0])));
    expect(now.get(uid(moved))!.sequence).toBe(was.get(uid(base[2]))!.sequence + 1);
    expect(now.get(uid(moved))!.start).toBe(new Date(`${day(6)}T00:30:00Z`).toISOString());
    expect(now.has(uid(base[3]))).toBe(false);
    expect(after.body.toString('utf8')).toContain('DTSTAMP:20260105T000000Z');
    // No further change: identical bytes and 304.
    const again = await fetchFeed(url).expect(200);
    expect(Buffer.compare(again.body, after.body)).toBe(0);
    await t.http.get(feedPath(url)).set('If-None-Match', after.headers.etag).expect(304);
  });

  it('shows a department the sessions it attends, and a leader their case codes, never petitioner data', async () => {
    const next = await t.dataSource.query(
      `SELECT d AS duty FROM roster_version v JOIN roster r ON r.id = v.roster_id,
              jsonb_array_elements(v.duties) d
       WHERE r.unit_id = $1 AND v.number = r.published_version`,
      [unitId],
    );
    const l01 = next.map((r: { duty: Duty }) => r.duty).find((d: Duty) => d.date === day(3))!;
    const registry = t.app.get(FeedAppointmentsRegistry);
    const session = {
      date: l01.date,
      session: l01.session,
      leaderId: l01.leaderId,
      caseCodes: ['QR-2026-C01', 'QR-2026-C12'],
      updatedAt: new Date('2026-02-01T00:00:00Z'),
    };
    registry.register({
      forUnit: async () => [session],
      forDepartment: async (id) =>
        id === departmentId
          ? [session, { ...session, date: day(200) /* no published duty: not shown */ }]
          : [],
    });
    await t.dataSource.transaction((tx) => t.app.get(FeedsService).touch(tx, unitId));
    const dept = await fetchFeed((await link(`departments/${departmentId}`, 'dept01')).url).expect(
      200,
    );
    checkLayout(dept.body);
    const deptEvents = events(dept.body.toString('utf8'));
    expect([...deptEvents.keys()]).toEqual([`${l01.assignmentId}@reception-roster`]);
    expect(deptEvents.get(`${l01.assignmentId}@reception-roster`)!.description).toContain(
      'QR-2026-C12',
    );

    const leader = await fetchFeed((await link(`leaders/${leaderIds.L01}`, 'leader01')).url).expect(
      200,
    );
    const ev = events(leader.body.toString('utf8')).get(`${l01.assignmentId}@reception-roster`)!;
    expect(ev.summary).toBe('领导接访（上午）·约访 2 件');
    expect(ev.description).toContain('QR-2026-C01、QR-2026-C12');
    expect(leader.body.toString('utf8')).toContain('DTSTAMP:20260201T000000Z');

    // Byte search: no personal data of the demo city in any feed.
    const unit = await fetchFeed((await link(`units/${unitId}`, 'office')).url).expect(200);
    const all = Buffer.concat([dept.body, leader.body, unit.body])
      .toString('utf8')
      .replace(/\r\n /g, '');
    const contacts: Array<{
      contact: Record<string, string>;
      secretary: Record<string, string> | null;
    }> = await t.dataSource.query('SELECT contact, secretary FROM leader');
    const secrets = contacts
      .flatMap((c) => [...Object.values(c.contact ?? {}), ...Object.values(c.secretary ?? {})])
      .filter((v) => typeof v === 'string' && v.length >= 2);
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) expect(all).not.toContain(s);
    const petitionerTable = await t.dataSource.query("SELECT to_regclass('case_petitioner') AS t");
    if (petitionerTable[0].t) {
      const rows: Array<Record<string, unknown>> = await t.dataSource.query(
        'SELECT * FROM case_petitioner',
      );
      for (const row of rows)
        for (const v of Object.values(row))
          if (typeof v === 'string' && v.length >= 4 && !/^[0-9a-f-]{36}$/.test(v))
            expect(all).not.toContain(v);
    }
    // Mobile numbers; letters around the digits mean a hex id, such as a UID's random part.
    expect(all).not.toMatch(/(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/);
    expect(all).not.toMatch(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/); // ID numbers
    registry.register({ forUnit: async () => [], forDepartment: async () => [] });
    await t.dataSource.transaction((tx) => t.app.get(FeedsService).touch(tx, unitId));
  });

  it('rotates and revokes: old links answer 410 Gone, new ones work; owners and admins only', async () => {
    const h = await t.auth('leader02');
    const first = await link(`leaders/${leaderIds.L02}`, 'leader02');
    const second = await link(`leaders/${leaderIds.L02}`, 'leader02');
    await fetchFeed(first.url).expect(200);
    await fetchFeed(second.url).expect(200);
    const rotated = await t.http
      .post(`/api/v1/leaders/${leaderIds.L02}/feed/rotate`)
      .set(h)
      .expect(201);
    const gone = await fetchFeed(first.url).expect(410);
    expect(JSON.parse(gone.body.toString()).code).toBe('FEED_GONE');
    await fetchFeed(second.url).expect(410);
    await fetchFeed(rotated.body.url).expect(200);

    const list = await t.http.get('/api/v1/feeds').set(h).expect(200);
    expect(list.body.map((l: { id: string }) => l.id)).toEqual(
      expect.arrayContaining([first.id, second.id, rotated.body.id]),
    );
    expect(JSON.stringify(list.body)).not.toContain(FEED_URL.exec(rotated.body.url)![1]);
    const current = list.body.find((l: { id: string }) => l.id === rotated.body.id);
    expect(current.lastUsedAt).not.toBeNull();
    expect(list.body.find((l: { id: string }) => l.id === first.id).revokedReason).toBe('rotated');

    // Another user cannot revoke it; an administrator can.
    await t.http
      .delete(`/api/v1/feeds/${rotated.body.id}`)
      .set(await t.auth('leader03'))
      .expect(403);
    await t.http
      .delete(`/api/v1/feeds/${rotated.body.id}`)
      .set(await t.auth('admin'))
      .expect(204);
    await fetchFeed(rotated.body.url).expect(410);
    const fresh = await link(`leaders/${leaderIds.L02}`, 'leader02');
    await fetchFeed(fresh.url).expect(200);
    await t.http.delete(`/api/v1/leaders/${leaderIds.L02}/feed`).set(h).expect(204);
    await fetchFeed(fresh.url).expect(410);
  });

  it('revokes a leader’s links when the leader leaves, and a user’s when their role changes', async () => {
    const leaderLink = await link(`leaders/${leaderIds.L04}`, 'leader04');
    await fetchFeed(leaderLink.url).expect(200);
    await t.http
      .post(`/api/v1/leaders/${leaderIds.L04}/deactivate`)
      .set(await t.auth('office'))
      .send({})
      .expect(200);
    await new Promise((r) => setTimeout(r, 1100)); // the per-process token check is cached 1 s
    await fetchFeed(leaderLink.url).expect(410);
    await t.http
      .get(`/api/v1/leaders/${leaderIds.L04}/feed`)
      .set(await t.auth('leader04'))
      .expect(409);

    const l05 = await link(`leaders/${leaderIds.L05}`, 'leader05');
    expect(await t.app.get(FeedsService).onLeaderDeactivated(leaderIds.L05)).toBe(1);
    await fetchFeed(l05.url).expect(410);

    const deptLink = await link(`departments/${departmentId}`, 'dept01');
    await fetchFeed(deptLink.url).expect(200);
    await t.dataSource.query(
      "UPDATE app_user SET role = 'office', department_id = NULL WHERE username = 'dept01'",
    );
    await new Promise((r) => setTimeout(r, 1100));
    await fetchFeed(deptLink.url).expect(410);
    const [row] = await t.dataSource.query('SELECT revoked_reason FROM feed_token WHERE id = $1', [
      deptLink.id,
    ]);
    expect(row.revoked_reason).toBe('owner_changed');
  });

  it('bumps the unit’s feed revision inside a roster publication', async () => {
    const revision = async () =>
      (
        await t.dataSource.query('SELECT revision FROM feed_revision WHERE unit_id = $1', [unitId])
      )[0].revision as string;
    const before = Number(await revision());
    await t.dataSource
      .transaction(async (tx) => {
        await t.app.get(RosterHooks).published(tx, {
          unitId,
          rosterId: randomUUID(),
          month: day(0).slice(0, 7),
          version: 9,
          duties: [],
          changes: [],
          byUserId: randomUUID(),
          reason: null,
        });
        expect(
          Number(
            (await tx.query('SELECT revision FROM feed_revision WHERE unit_id = $1', [unitId]))[0]
              .revision,
          ),
        ).toBe(before + 1);
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    // A publication that rolls back leaves the feeds as they were.
    expect(Number(await revision())).toBe(before);
  });

  it('masks the token in access logs', async () => {
    const { url } = await link(`units/${unitId}`, 'politics');
    const token = FEED_URL.exec(url)![1];
    await fetchFeed(url).set('X-Request-Id', 'feed-log-1').expect(200);
    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.req?.id === 'feed-log-1');
    expect(line.req.url).toBe(`/feeds/${token.slice(0, 4)}….ics`);
    expect(logLines.join('\n')).not.toContain(token);
  });
});

describe('calendar feed rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { FEED_RATE_PER_TOKEN: '3', FEED_RATE_PER_ADDRESS: '5' } });
  });
  afterAll(() => t.close());

  it('limits requests per link and per address with 429 and Retry-After', async () => {
    const [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const issue = async () =>
      new URL(
        (
          await t.http
            .get(`/api/v1/units/${unitId}/feed`)
            .set(await t.auth('office'))
            .expect(200)
        ).body.url,
      ).pathname;
    const a = await issue();
    const b = await issue();
    // The limiter counts in fixed one-minute windows: a new minute between these requests would
    // start the counts again, so they start early in one.
    await leaveWindowTime(60_000, 20_000);
    for (let i = 0; i < 3; i++) await t.http.get(a).expect(200);
    const limited = await t.http.get(a).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await t.http.get(b).expect(200); // 5th request from this address, another link
    await t.http.get(b).expect(429); // 6th from this address
  });
});
