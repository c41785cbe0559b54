import { AuthService } from '../src/auth/auth.service.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * A unit's office confirms a year's holidays for its own unit by pasting the State Council's
 * notice, while no administrator has confirmed the year (src/calendar/unit-holidays.service.ts).
 * 2031 is a year nobody has confirmed in the seeded data.
 */
const NOTICE_2031 = `国务院办公厅关于2031年部分节假日安排的通知
一、元旦：1月1日（周三）放假1天，不调休。
二、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
三、国庆节：9月30日（周二）至10月7日（周二）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;

describe('holidays confirmed by a unit office', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let county: { Authorization: string };
  let cityId: string;
  let countyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    await t.app.get(AuthService).createUsers([
      {
        username: 'county-office',
        displayName: '嵘城区两办',
        password: TEST_DEMO_PASSWORD,
        role: 'office',
        unitId: countyId,
      },
    ]);
    office = await t.auth('office');
    county = await t.auth('county-office');
  });
  afterAll(() => t.close());

  const month = (h: Record<string, string>, unitId: string, m: string) =>
    t.http.get(`/api/v1/units/${unitId}/calendar?month=${m}`).set(h);

  it('a month of an unconfirmed year says the office may confirm it for the unit', async () => {
    const res = await month(office, cityId, '2031-05').expect(422);
    expect(res.body.code).toBe('HOLIDAYS_NOT_CONFIRMED');
    expect(res.body.message).toContain('本单位两办也可');
    const state = await t.http
      .get(`/api/v1/units/${cityId}/calendar/years/2031`)
      .set(office)
      .expect(200);
    expect(state.body).toMatchObject({ year: 2031, confirmedBy: 'none', holidays: [] });
  });

  it('previews the pasted notice, naming a wrong day count by its line', async () => {
    const bad = await t.http
      .post(`/api/v1/units/${cityId}/calendar/years/2031/preview`)
      .set(office)
      .send({ text: NOTICE_2031.replace('共8天', '共7天') })
      .expect(400);
    expect(bad.body.problems[0]).toMatchObject({ line: 4 });
    expect(bad.body.message).toContain('第 4 行（国庆节）');
    const ok = await t.http
      .post(`/api/v1/units/${cityId}/calendar/years/2031/preview`)
      .set(office)
      .send({ text: NOTICE_2031 })
      .expect(200);
    expect(ok.body.holidays).toHaveLength(14);
    expect(ok.body.makeupWorkdays.map((d: { date: string }) => d.date)).toEqual([
      '2031-04-27',
      '2031-09-28',
      '2031-10-11',
    ]);
    await month(office, cityId, '2031-05').expect(422);
  });

  it('confirms for the unit only: its months plan, another unit still waits', async () => {
    const saved = await t.http
      .put(`/api/v1/units/${cityId}/calendar/years/2031`)
      .set(office)
      .send({ text: NOTICE_2031 })
      .expect(200);
    expect(saved.body).toMatchObject({ confirmedBy: 'unit', source: 'text' });
    const may = (await month(office, cityId, '2031-05').expect(200)).body as Array<{
      date: string;
      kind: string;
      working: boolean;
    }>;
    expect(may.find((d) => d.date === '2031-05-02')).toMatchObject({
      kind: 'holiday',
      working: false,
    });
    const apr = (await month(office, cityId, '2031-04').expect(200)).body as typeof may;
    expect(apr.find((d) => d.date === '2031-04-27')).toMatchObject({
      kind: 'makeup_workday',
      working: true,
    });
    // A range across the year end counts only the confirmed year: 2032 is still unconfirmed.
    await t.http.get(`/api/v1/units/${cityId}/calendar?month=2032-01`).set(office).expect(422);
    await month(county, countyId, '2031-05').expect(422);
    await t.http
      .put(`/api/v1/units/${cityId}/calendar/years/2031`)
      .set(county)
      .send({ text: NOTICE_2031 })
      .expect(403);
  });

  it("plans a month of the unit's confirmed year, with its holidays off", async () => {
    const res = await t.http
      .post(`/api/v1/units/${cityId}/rosters?wait=60`)
      .set(office)
      .send({ month: '2031-05' })
      .expect(201);
    const dates = (res.body.assignments as Array<{ date: string }>).map((a) => a.date);
    expect(dates.length).toBeGreaterThan(0);
    // 劳动节 1–5 May is off; 27 April (调休) is in April.
    expect(dates.filter((d) => d >= '2031-05-01' && d <= '2031-05-05')).toEqual([]);
  });

  it('is for the office and administrators', async () => {
    const petition = await t.auth('petition');
    await t.http
      .put(`/api/v1/units/${cityId}/calendar/years/2031`)
      .set(petition)
      .send({ text: NOTICE_2031 })
      .expect(403);
  });

  it('once an administrator confirms the year, the national arrangement wins', async () => {
    const admin = await t.auth('admin');
    await t.http
      .put('/api/v1/calendar/years/2031')
      .set(admin)
      .send({
        text: NOTICE_2031.replace(/四、.*$/m, '').replace(
          '二、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
          '二、劳动节：5月1日（周四）放假1天。',
        ),
      })
      .expect(200);
    const may = (await month(office, cityId, '2031-05').expect(200)).body as Array<{
      date: string;
      kind: string;
    }>;
    expect(may.find((d) => d.date === '2031-05-02')?.kind).toBe('workday');
    const again = await t.http
      .put(`/api/v1/units/${cityId}/calendar/years/2031`)
      .set(office)
      .send({ text: NOTICE_2031 })
      .expect(409);
    expect(again.body.code).toBe('HOLIDAYS_CONFIRMED_NATIONALLY');
    const state = await t.http
      .get(`/api/v1/units/${cityId}/calendar/years/2031`)
      .set(office)
      .expect(200);
    expect(state.body.confirmedBy).toBe('national');
  });
});
