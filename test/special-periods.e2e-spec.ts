import { startTestApp, type TestApp } from './support/test-app.js';

describe('special-protection periods (特护期)', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let cityId: string;
  let countyId: string;
  const base = () => `/api/v1/units/${cityId}/special-periods`;

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
  });
  afterAll(() => t.close());

  it('serves the demo 2026 periods of 青嵘市, 春节 without reception on 除夕 and 初一', async () => {
    const res = await t.http
      .get(`${base()}?year=2026`)
      .set(await t.auth('leader05'))
      .expect(200);
    expect(res.body.map((p: { name: string }) => p.name)).toEqual([
      '元旦',
      '市两会',
      '春节',
      '全国两会特护期',
      '建党纪念',
      '国庆、中秋',
    ]);
    expect(res.body[2]).toMatchObject({
      startDate: '2026-02-14',
      endDate: '2026-02-24',
      coverage: 'every_day',
      excludedDates: ['2026-02-16', '2026-02-17'],
      onCallLeader: true,
    });
  });

  it('shows the 全国两会 period (2026-02-25..03-13) on March dates, weekends included', async () => {
    const res = await t.http
      .get(`/api/v1/units/${cityId}/calendar?month=2026-03`)
      .set(office)
      .expect(200);
    const d = new Map(res.body.map((x: { date: string }) => [x.date, x]));
    const withPeriod = res.body
      .filter((x: { periods: unknown[] }) => x.periods.length > 0)
      .map((x: { date: string }) => x.date);
    expect(withPeriod[0]).toBe('2026-03-01');
    expect(withPeriod.at(-1)).toBe('2026-03-13');
    expect(withPeriod).toHaveLength(13);
    // 2026-03-07 is a Saturday: no working day, but the period covers every day.
    expect(d.get('2026-03-07')).toMatchObject({
      kind: 'weekend',
      working: false,
      periods: [{ name: '全国两会特护期', needsReception: true, coverage: 'every_day' }],
    });
    expect(d.get('2026-03-14')).toMatchObject({ periods: [] });
  });

  it('creates, updates with optimistic locking and deletes a period', async () => {
    const created = await t.http
      .post(base())
      .set(office)
      .send({
        name: '党代会',
        startDate: '2026-11-28',
        endDate: '2026-12-03',
        coverage: 'working_days',
        sessionCodes: ['AM'],
        leadersPerSession: 2,
        quotaPerLeader: 2,
        poolQuotas: { npc: 1 },
        onCallLeader: true,
      })
      .expect(201);
    expect(created.body).toMatchObject({ version: 1, excludedDates: [], notes: '' });
    const id = created.body.id as string;

    const cal = await t.http
      .get(`/api/v1/units/${cityId}/calendar?month=2026-11`)
      .set(office)
      .expect(200);
    const sat = cal.body.find((x: { date: string }) => x.date === '2026-11-28');
    const mon = await t.http
      .get(`/api/v1/units/${cityId}/calendar?month=2026-12`)
      .set(office)
      .expect(200);
    const dec1 = mon.body.find((x: { date: string }) => x.date === '2026-12-01');
    // Working-days-only cover: the Saturday is in the period but needs no reception.
    expect(sat.periods[0]).toMatchObject({ name: '党代会', needsReception: false });
    expect(dec1.periods[0]).toMatchObject({
      needsReception: true,
      sessionCodes: ['AM'],
      leadersPerSession: 2,
    });

    const updated = await t.http
      .patch(`${base()}/${id}`)
      .set(office)
      .send({ version: 1, endDate: '2026-12-04' })
      .expect(200);
    expect(updated.body).toMatchObject({ endDate: '2026-12-04', version: 2 });
    const stale = await t.http
      .patch(`${base()}/${id}`)
      .set(office)
      .send({ version: 1, notes: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const backwards = await t.http
      .patch(`${base()}/${id}`)
      .set(office)
      .send({ endDate: '2026-11-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.field).toBe('endDate');

    await t.http.delete(`${base()}/${id}`).set(office).expect(204);
    await t.http.get(`${base()}/${id}`).set(office).expect(404);
  });

  const valid = {
    name: '测试期',
    startDate: '2026-11-10',
    endDate: '2026-11-12',
  };
  it.each([
    ['end before start', { endDate: '2026-11-09' }, 'endDate'],
    ['zero leaders per session', { leadersPerSession: 0 }, 'leadersPerSession'],
    ['no sessions', { sessionCodes: [] }, 'sessionCodes'],
    ['an unknown session', { sessionCodes: ['AM', 'EVE'] }, 'sessionCodes[1]'],
    ['an excluded date outside the window', { excludedDates: ['2026-11-20'] }, 'excludedDates[0]'],
    ['a zero quota', { quotaPerLeader: 0 }, 'quotaPerLeader'],
    ['an unknown pool', { poolQuotas: { army: 1 } }, 'poolQuotas.army'],
    ['an unknown field', { colour: 'red' }, 'colour'],
    ['a window of half a year', { endDate: '2027-05-01' }, 'endDate'],
  ])('rejects %s with 400 naming the field', async (_what, patch, field) => {
    const res = await t.http
      .post(base())
      .set(office)
      .send({ ...valid, ...patch });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
  });

  it('refuses a period overlapping another of the same unit', async () => {
    const res = await t.http
      .post(base())
      .set(office)
      .send({ name: '重叠', startDate: '2026-03-10', endDate: '2026-03-20' });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('全国两会特护期');
  });

  it('lets every role of the unit read, only office and admin write, no one another unit', async () => {
    for (const user of ['petition', 'politics', 'leader01']) {
      await t.http
        .get(base())
        .set(await t.auth(user))
        .expect(200);
    }
    const leader = await t.http
      .post(base())
      .set(await t.auth('leader01'))
      .send(valid);
    expect(leader.status).toBe(403);
    const petition = await t.http
      .post(base())
      .set(await t.auth('petition'))
      .send(valid);
    expect(petition.status).toBe(403);

    const county = `/api/v1/units/${countyId}/special-periods`;
    expect((await t.http.get(county).set(office)).status).toBe(403);
    expect((await t.http.post(county).set(office).send(valid)).status).toBe(403);
    const [{ id }] = await t.dataSource.query("SELECT id FROM special_period WHERE name = '春节'");
    const admin = await t.auth('admin');
    // A county period written by admin: city office may neither read nor change it.
    const countyPeriod = await t.http.post(county).set(admin).send(valid).expect(201);
    expect(
      (await t.http.patch(`${county}/${countyPeriod.body.id}`).set(office).send({ notes: 'x' }))
        .status,
    ).toBe(403);
    // The city's period is not reachable through the county's path.
    expect((await t.http.get(`${county}/${id}`).set(admin)).status).toBe(404);
  });
});
