import { AuthService } from '../src/auth/auth.service.js';
import { AvailabilityService } from '../src/roster/availability.service.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('leader availability', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let cityId: string;
  let countyId: string;
  let l01: string;
  let l02: string;
  let l03: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    const ids: Array<{ code: string; id: string }> = await t.dataSource.query(
      "SELECT code, id FROM leader WHERE code IN ('L01', 'L02', 'L03') ORDER BY code",
    );
    [l01, l02, l03] = ids.map((r) => r.id);
    await t.app.get(AuthService).createUsers([
      {
        username: 'county-office',
        displayName: '嵘城区两办',
        password: TEST_DEMO_PASSWORD,
        role: 'office',
        unitId: countyId,
      },
    ]);
  });
  afterAll(() => t.close());

  const count = async (leaderId: string) =>
    (
      await t.dataSource.query(
        'SELECT count(*)::int AS n FROM leader_availability WHERE leader_id = $1',
        [leaderId],
      )
    )[0].n as number;

  it('lets leader01 enter and read their own unavailability', async () => {
    const h = await t.auth('leader01');
    const res = await t.http
      .post(`/api/v1/leaders/${l01}/availability`)
      .set(h)
      .send({
        entries: [
          { date: '2026-04-08', kind: 'unavailable', reason: 'trip', note: '赴省城开会' },
          { date: '2026-04-09', session: 'AM', kind: 'preferred' },
          { date: '2026-04-09', session: 'PM', kind: 'avoided' },
        ],
      })
      .expect(201);
    expect(res.body).toHaveLength(3);
    expect(res.body[0]).toMatchObject({
      leaderId: l01,
      unitId: cityId,
      date: '2026-04-08',
      session: null,
      kind: 'unavailable',
      reason: 'trip',
    });
    const mine = await t.http
      .get(`/api/v1/leaders/${l01}/availability?month=2026-04`)
      .set(h)
      .expect(200);
    expect(
      mine.body.map((e: { date: string; session: string | null }) => [e.date, e.session]),
    ).toEqual([
      ['2026-04-08', null],
      ['2026-04-09', 'AM'],
      ['2026-04-09', 'PM'],
    ]);
    const otherMonth = await t.http
      .get(`/api/v1/leaders/${l01}/availability?month=2026-05`)
      .set(h)
      .expect(200);
    expect(otherMonth.body).toEqual([]);
  });

  it("refuses leader01 entering or reading leader02's availability", async () => {
    const h = await t.auth('leader01');
    const write = await t.http
      .post(`/api/v1/leaders/${l02}/availability`)
      .set(h)
      .send({ entries: [{ date: '2026-04-10', kind: 'unavailable', reason: 'leave' }] });
    expect(write.status).toBe(403);
    expect(await count(l02)).toBe(0);
    expect(
      (await t.http.get(`/api/v1/leaders/${l02}/availability?month=2026-04`).set(h)).status,
    ).toBe(403);
    expect(
      (await t.http.get(`/api/v1/units/${cityId}/availability?month=2026-04`).set(h)).status,
    ).toBe(403);
  });

  it('lets office enter for any leader of the unit, in bulk across leaders', async () => {
    await t.http
      .post(`/api/v1/leaders/${l02}/availability`)
      .set(office)
      .send({ entries: [{ date: '2026-04-10', kind: 'unavailable', reason: 'meeting' }] })
      .expect(201);
    await t.http
      .post(`/api/v1/units/${cityId}/availability`)
      .set(office)
      .send({
        entries: [
          { leaderId: l02, date: '2026-04-13', kind: 'unavailable', reason: 'leave' },
          { leaderId: l03, date: '2026-04-13', session: 'PM', kind: 'avoided', note: '下午有会' },
        ],
      })
      .expect(201);
    const unit = await t.http
      .get(`/api/v1/units/${cityId}/availability?month=2026-04`)
      .set(await t.auth('petition'))
      .expect(200);
    expect(unit.body).toHaveLength(6);
    const byLeader = await t.app.get(AvailabilityService).monthByLeader(cityId, '2026-04');
    expect(byLeader.get(l01)).toHaveLength(3);
    expect(byLeader.get(l02)!.map((e) => e.date)).toEqual(['2026-04-10', '2026-04-13']);
    expect(byLeader.get(l03)![0]).toMatchObject({ session: 'PM', kind: 'avoided' });
  });

  it('rejects a bulk list with one bad row, naming the row, and writes nothing', async () => {
    const before = await count(l03);
    const res = await t.http
      .post(`/api/v1/leaders/${l03}/availability`)
      .set(office)
      .send({
        entries: [
          { date: '2026-04-20', kind: 'unavailable', reason: 'trip' },
          { date: '2026-04-21', kind: 'unavailable', reason: 'trip' },
          { date: '2026-04-22', kind: 'unavailable' },
        ],
      });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('entries[2].reason');
    expect(res.body.message).toContain('原因');
    expect(await count(l03)).toBe(before);
  });

  it.each([
    ['a bad date', { date: '2026-04-31', kind: 'preferred' }, 'entries[0].date'],
    [
      'a bad session',
      { date: '2026-04-21', session: 'EVE', kind: 'preferred' },
      'entries[0].session',
    ],
    [
      'a reason on a wish',
      { date: '2026-04-21', kind: 'preferred', reason: 'trip' },
      'entries[0].reason',
    ],
    [
      'an unknown reason',
      { date: '2026-04-21', kind: 'unavailable', reason: 'golf' },
      'entries[0].reason',
    ],
    [
      'an unknown field',
      { date: '2026-04-21', kind: 'preferred', leader: 'x' },
      'entries[0].leader',
    ],
  ])('rejects %s', async (_what, entry, field) => {
    const res = await t.http
      .post(`/api/v1/leaders/${l03}/availability`)
      .set(office)
      .send({ entries: [entry] });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
  });

  it('refuses overlapping entries: within one list (400) and against stored ones (409), atomically', async () => {
    const inList = await t.http
      .post(`/api/v1/leaders/${l03}/availability`)
      .set(office)
      .send({
        entries: [
          { date: '2026-04-24', session: 'AM', kind: 'preferred' },
          { date: '2026-04-24', kind: 'unavailable', reason: 'leave' },
        ],
      });
    expect(inList.status).toBe(400);
    expect(inList.body.field).toBe('entries[1]');

    const before = await count(l01);
    const stored = await t.http
      .post(`/api/v1/leaders/${l01}/availability`)
      .set(office)
      .send({
        entries: [
          { date: '2026-04-27', kind: 'preferred' },
          { date: '2026-04-08', session: 'PM', kind: 'preferred' },
        ],
      });
    expect(stored.status).toBe(409);
    expect(stored.body.field).toBe('entries[1]');
    expect(await count(l01)).toBe(before);
  });

  it('lets a leader delete only their own entries; office any in the unit', async () => {
    const [own] = (
      await t.http.get(`/api/v1/leaders/${l01}/availability?month=2026-04`).set(office).expect(200)
    ).body;
    const [other] = (
      await t.http.get(`/api/v1/leaders/${l02}/availability?month=2026-04`).set(office).expect(200)
    ).body;
    const leader = await t.auth('leader01');
    await t.http.delete(`/api/v1/availability/${other.id}`).set(leader).expect(403);
    await t.http.delete(`/api/v1/availability/${own.id}`).set(leader).expect(204);
    await t.http.delete(`/api/v1/availability/${other.id}`).set(office).expect(204);
    await t.http.delete(`/api/v1/availability/${other.id}`).set(office).expect(404);
  });

  it('keeps other units out', async () => {
    const h = await t.auth('county-office');
    const write = await t.http
      .post(`/api/v1/leaders/${l02}/availability`)
      .set(h)
      .send({ entries: [{ date: '2026-04-28', kind: 'preferred' }] });
    expect(write.status).toBe(403);
    expect(
      (await t.http.get(`/api/v1/units/${cityId}/availability?month=2026-04`).set(h)).status,
    ).toBe(403);
    const bulk = await t.http
      .post(`/api/v1/units/${countyId}/availability`)
      .set(h)
      .send({ entries: [{ leaderId: l02, date: '2026-04-28', kind: 'preferred' }] });
    expect(bulk.status).toBe(400);
    expect(bulk.body.field).toBe('entries[0].leaderId');
  });
});
