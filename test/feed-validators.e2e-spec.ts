import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { FeedsService } from '../src/feeds/feeds.service.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * A feed's Last-Modified moves exactly when its bytes (and ETag) do, the same on every replica;
 * an empty feed is still a valid calendar with its VTIMEZONE.
 */
describe('calendar feeds: validators and empty feeds', () => {
  let t: TestApp;
  let replica: TestApp;
  let unitId: string;
  let rosterId: string;
  let leaderPath: string;
  let departmentPath: string;

  const touch = () => t.dataSource.transaction((tx) => t.app.get(FeedsService).touch(tx, unitId));
  const second = () => new Promise((r) => setTimeout(r, 1100));
  const get = (app: TestApp, path: string, headers: Record<string, string> = {}) =>
    app.http.get(path).set(headers);

  beforeAll(async () => {
    t = await startTestApp();
    replica = await startTestApp({ db: t.db });
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const next = DateTime.now().setZone('Asia/Shanghai').plus({ months: 1 }).startOf('month');
    const date = (n: number) => next.plus({ days: n }).toISODate()!;
    rosterId = await publishRoster(t.dataSource, unitId, next.toFormat('yyyy-LL'), [
      { date: date(1), session: 'AM', leaderCode: 'L01' },
      { date: date(8), session: 'AM', leaderCode: 'L01' },
      { date: date(2), session: 'AM', leaderCode: 'L02' },
    ]);
    await touch();
    const admin = await t.auth('admin');
    const [{ id: l01 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L01'");
    const [{ id: departmentId }] = await t.dataSource.query(
      'SELECT id FROM department WHERE unit_id = $1 ORDER BY name LIMIT 1',
      [unitId],
    );
    const link = async (path: string) =>
      new URL((await t.http.get(`/api/v1/${path}/feed`).set(admin).expect(200)).body.url).pathname;
    leaderPath = await link(`leaders/${l01}`);
    departmentPath = await link(`departments/${departmentId}`);
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  it('keeps Last-Modified when an unrelated change of the unit leaves the body as it was', async () => {
    const first = await get(t, leaderPath).expect(200);
    await second();
    await touch();
    const after = await get(t, leaderPath).expect(200);
    expect(after.headers.etag).toBe(first.headers.etag);
    expect(after.headers['last-modified']).toBe(first.headers['last-modified']);
    await get(t, leaderPath, { 'If-Modified-Since': first.headers['last-modified'] }).expect(304);
    // Another replica builds the same bytes and sends the same validators.
    const elsewhere = await get(replica, leaderPath).expect(200);
    expect(elsewhere.headers.etag).toBe(first.headers.etag);
    expect(elsewhere.headers['last-modified']).toBe(first.headers['last-modified']);
  });

  it('moves Last-Modified with the ETag when the feed changes, a removed event included', async () => {
    const first = await get(t, leaderPath).expect(200);
    await second();
    // L01's second duty leaves the published roster; what is left changed at no later moment.
    await t.dataSource.query(
      `UPDATE roster_version SET duties = (
         SELECT jsonb_agg(d) FROM jsonb_array_elements(duties) WITH ORDINALITY AS x(d, i) WHERE i <> 2)
       WHERE roster_id = $1`,
      [rosterId],
    );
    await touch();
    const after = await get(t, leaderPath).expect(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(Date.parse(after.headers['last-modified'])).toBeGreaterThan(
      Date.parse(first.headers['last-modified']),
    );
    await get(t, leaderPath, { 'If-Modified-Since': first.headers['last-modified'] }).expect(200);
    const elsewhere = await get(replica, leaderPath).expect(200);
    expect(elsewhere.headers['last-modified']).toBe(after.headers['last-modified']);
  });

  it('gives an empty feed its VTIMEZONE, and a stable Last-Modified', async () => {
    const first = await get(t, departmentPath).expect(200);
    const body = first.text ?? first.body.toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(body));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai']);
    await second();
    await touch();
    const after = await get(t, departmentPath).expect(200);
    expect(after.headers.etag).toBe(first.headers.etag);
    expect(after.headers['last-modified']).toBe(first.headers['last-modified']);
  });
});
