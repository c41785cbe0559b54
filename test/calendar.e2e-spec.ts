import { startTestApp, type TestApp } from './support/test-app.js';

interface Day {
  date: string;
  weekday: number;
  kind: string;
  holidayName?: string;
  working: boolean;
  override?: { kind: string; reason: string };
  periods: Array<{ name: string; needsReception: boolean; onCallLeader: boolean }>;
}

describe('calendar: holidays, 调休, confirmed years, unit overrides', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let admin: { Authorization: string };
  let cityId: string;
  let countyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.auth('office');
    admin = await t.auth('admin');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
  });
  afterAll(() => t.close());

  const month = async (unitId: string, m: string, h = office) => {
    const res = await t.http.get(`/api/v1/units/${unitId}/calendar?month=${m}`).set(h);
    return { status: res.status, body: res.body, days: res.body as Day[] };
  };
  const byDate = (days: Day[]) => new Map(days.map((d) => [d.date, d]));

  it('lists 2024–2026 as confirmed years, seeded from chinese-days', async () => {
    const res = await t.http.get('/api/v1/calendar/years').set(office).expect(200);
    expect(res.body.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026]);
    expect(res.body[2]).toMatchObject({
      year: 2026,
      source: 'chinese-days@1.5.7',
      holidays: 33,
      makeupWorkdays: 6,
    });
  });

  it('shows February 2026: make-up Saturdays 02-14 and 02-28, Spring Festival 02-15..02-23', async () => {
    const { status, days } = await month(cityId, '2026-02');
    expect(status).toBe(200);
    expect(days).toHaveLength(28);
    const d = byDate(days);
    for (const date of ['2026-02-14', '2026-02-28']) {
      expect(d.get(date)).toMatchObject({
        weekday: 6,
        kind: 'makeup_workday',
        holidayName: '春节',
        working: true,
      });
    }
    const spring = days.filter((x) => x.kind === 'holiday').map((x) => x.date);
    expect(spring).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(days.filter((x) => x.kind === 'holiday').every((x) => !x.working)).toBe(true);
    expect(d.get('2026-02-24')).toMatchObject({ kind: 'workday', working: true });
    expect(d.get('2026-02-07')).toMatchObject({ kind: 'weekend', working: false });
    // 20 weekdays − 6 weekday holidays + 2 make-up Saturdays.
    expect(days.filter((x) => x.working)).toHaveLength(16);
  });

  it('shows the 春节 special period without reception on 除夕 and 初一', async () => {
    const d = byDate((await month(cityId, '2026-02')).days);
    expect(d.get('2026-02-15')!.periods).toEqual([
      expect.objectContaining({ name: '春节', needsReception: true, onCallLeader: true }),
    ]);
    expect(d.get('2026-02-16')!.periods[0]).toMatchObject({ name: '春节', needsReception: false });
    expect(d.get('2026-02-17')!.periods[0]).toMatchObject({ needsReception: false });
    expect(d.get('2026-02-13')!.periods).toEqual([]);
  });

  it('shows the national day holiday of 2026 as the 国办 notice has it', async () => {
    const d = byDate((await month(cityId, '2026-10')).days);
    for (let day = 1; day <= 7; day++) {
      expect(d.get(`2026-10-0${day}`)).toMatchObject({ kind: 'holiday', holidayName: '国庆节' });
    }
    // 10-08 is a Thursday back at work, still inside the 国庆、中秋 special period.
    expect(d.get('2026-10-08')).toMatchObject({ kind: 'workday', working: true });
    expect(d.get('2026-10-08')!.periods[0]).toMatchObject({ name: '国庆、中秋' });
    expect(d.get('2026-10-09')!.periods).toEqual([]);
    expect(d.get('2026-10-10')).toMatchObject({ kind: 'makeup_workday', weekday: 6 });
  });

  it('refuses a month of an unconfirmed year until an administrator imports it', async () => {
    const before = await month(cityId, '2027-01');
    expect(before.status).toBe(422);
    expect(before.body).toMatchObject({ code: 'HOLIDAYS_NOT_CONFIRMED', field: 'month' });
    expect(before.body.message).toContain('2027 年节假日安排尚未确认');

    // The package has no 2027, so "confirm from package" is refused too.
    const pkg = await t.http
      .put('/api/v1/calendar/years/2027')
      .set(admin)
      .send({ fromPackage: true });
    expect(pkg.status).toBe(422);
    expect(pkg.body.code).toBe('PACKAGE_HAS_NO_YEAR');

    const denied = await t.http
      .put('/api/v1/calendar/years/2027')
      .set(office)
      .send({ text: '2027-01-01 休 元旦' });
    expect(denied.status).toBe(403);

    const imported = await t.http
      .put('/api/v1/calendar/years/2027')
      .set(admin)
      .send({ text: '# 元旦\n2027-01-01~2027-01-03 休 元旦\n2027-01-04 休 测试' })
      .expect(200);
    expect(imported.body).toMatchObject({ year: 2027, source: 'text' });
    expect(imported.body.holidays).toHaveLength(4);

    const after = await month(cityId, '2027-01');
    expect(after.status).toBe(200);
    const d = byDate(after.days);
    expect(d.get('2027-01-01')).toMatchObject({
      kind: 'holiday',
      holidayName: '元旦',
      working: false,
    });
    expect(d.get('2027-01-04')).toMatchObject({ kind: 'holiday', working: false });
    expect(d.get('2027-01-05')).toMatchObject({ kind: 'workday', working: true });
  });

  it('rejects a bad import naming the line and writes nothing', async () => {
    const res = await t.http.put('/api/v1/calendar/years/2028').set(admin).send({
      text: '2028-01-01 休 元旦\n2028-01-02 休 元旦\n2028-02-30 休 春节\n2028-02-05 班 春节',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'text' });
    expect(res.body.message).toContain('第 3 行');
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM statutory_day WHERE year = 2028',
    );
    expect(n).toBe(0);
    expect((await month(cityId, '2028-01')).status).toBe(422);
  });

  it('rejects a bad JSON import naming the field and keeps the year it would replace', async () => {
    const res = await t.http
      .put('/api/v1/calendar/years/2026')
      .set(admin)
      .send({
        holidays: [{ date: '2026-01-01', name: '元旦' }],
        makeupWorkdays: [
          { date: '2026-01-04', name: '元旦' },
          { date: '2026-01-05', name: '元旦' },
        ],
      });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('makeupWorkdays[1].date');
    const year = await t.http.get('/api/v1/calendar/years/2026').set(office).expect(200);
    expect(year.body.holidays).toHaveLength(33);
    expect(year.body.source).toBe('chinese-days@1.5.7');
  });

  it('replaces a year on re-import, in JSON', async () => {
    await t.http
      .put('/api/v1/calendar/years/2029')
      .set(admin)
      .send({ holidays: [{ date: '2029-01-01', name: '元旦' }], makeupWorkdays: [] })
      .expect(200);
    const again = await t.http
      .put('/api/v1/calendar/years/2029')
      .set(admin)
      .send({
        holidays: [{ date: '2029-01-02', name: '元旦' }],
        makeupWorkdays: [{ date: '2029-01-06', name: '元旦' }],
      })
      .expect(200);
    expect(again.body.holidays).toEqual([{ date: '2029-01-02', name: '元旦' }]);
    expect(again.body.makeupWorkdays).toEqual([{ date: '2029-01-06', name: '元旦' }]);
    const d = byDate((await month(cityId, '2029-01')).days);
    expect(d.get('2029-01-01')).toMatchObject({ kind: 'workday', working: true });
    expect(d.get('2029-01-06')).toMatchObject({ kind: 'makeup_workday', working: true });
  });

  it('rejects a malformed month and year with 400 naming them', async () => {
    const bad = await month(cityId, '2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('month');
    const year = await t.http.put('/api/v1/calendar/years/1999').set(admin).send({ text: 'x' });
    expect(year.status).toBe(400);
    expect(year.body.field).toBe('year');
  });

  it('lets a unit close a working day for itself only, and undo it', async () => {
    const created = await t.http
      .post(`/api/v1/units/${countyId}/calendar/overrides`)
      .set(admin)
      .send({ date: '2026-03-16', kind: 'closure', reason: '台风停止办公' })
      .expect(201);
    const county = byDate((await month(countyId, '2026-03', admin)).days);
    expect(county.get('2026-03-16')).toMatchObject({
      kind: 'workday',
      working: false,
      override: { kind: 'closure', reason: '台风停止办公' },
    });
    const city = byDate((await month(cityId, '2026-03')).days);
    expect(city.get('2026-03-16')).toMatchObject({ kind: 'workday', working: true });
    expect(city.get('2026-03-16')!.override).toBeUndefined();

    const twice = await t.http
      .post(`/api/v1/units/${countyId}/calendar/overrides`)
      .set(admin)
      .send({ date: '2026-03-16', kind: 'extra_workday', reason: '重复' });
    expect(twice.status).toBe(409);

    await t.http
      .delete(`/api/v1/units/${countyId}/calendar/overrides/${created.body.id}`)
      .set(admin)
      .expect(204);
    const undone = byDate((await month(countyId, '2026-03', admin)).days);
    expect(undone.get('2026-03-16')).toMatchObject({ working: true });
  });

  it('lets a unit open a day off as an extra working day', async () => {
    await t.http
      .post(`/api/v1/units/${cityId}/calendar/overrides`)
      .set(office)
      .send({ date: '2026-03-21', kind: 'extra_workday', reason: '集中接访日' })
      .expect(201);
    const d = byDate((await month(cityId, '2026-03')).days);
    expect(d.get('2026-03-21')).toMatchObject({ kind: 'weekend', working: true });
    const list = await t.http
      .get(`/api/v1/units/${cityId}/calendar/overrides?year=2026`)
      .set(office)
      .expect(200);
    expect(list.body.map((o: { date: string }) => o.date)).toEqual(['2026-03-21']);
  });

  it('keeps overrides to office and admin, and units to their own staff', async () => {
    const leader = await t.http
      .post(`/api/v1/units/${cityId}/calendar/overrides`)
      .set(await t.auth('leader01'))
      .send({ date: '2026-03-23', kind: 'closure', reason: '不应允许' });
    expect(leader.status).toBe(403);
    const otherUnit = await t.http
      .post(`/api/v1/units/${countyId}/calendar/overrides`)
      .set(office)
      .send({ date: '2026-03-23', kind: 'closure', reason: '越权' });
    expect(otherUnit.status).toBe(403);
    expect((await month(countyId, '2026-03')).status).toBe(403);
    const unknown = await t.http
      .post(`/api/v1/units/${cityId}/calendar/overrides`)
      .set(office)
      .send({ date: '2026-03-23', kind: 'typhoon', reason: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('kind');
  });
});
