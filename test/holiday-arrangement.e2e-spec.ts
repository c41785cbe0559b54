import { DateTime } from 'luxon';
import { startTestApp, type TestApp } from './support/test-app.js';

interface YearState {
  year: number;
  confirmed: boolean;
  source: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  confirmedByName: string | null;
  holidays: number;
  makeupWorkdays: number;
  packageHasYear: boolean;
  rosters: number;
  publishedRosters: number;
}
interface NamedDate {
  date: string;
  name: string;
}
interface Finding {
  severity: string;
  rule: string;
  date?: string;
}

/**
 * The 节假日安排 page's endpoints: which years are confirmed (GET /calendar/holiday-status), a
 * dry run of a confirmation (POST /calendar/years/{year}/preview), and what re-confirming a year
 * does to rosters already planned in it.
 */
describe('holiday arrangement: status, preview, re-confirming under rosters', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let office: { Authorization: string };
  let cityId: string;
  let adminId: string;
  let adminName: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.auth('admin');
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: adminId, display_name: adminName }] = await t.dataSource.query(
      "SELECT id, display_name FROM app_user WHERE username = 'admin'",
    );
  });
  afterAll(() => t.close());

  const status = async () =>
    (await t.http.get('/api/v1/calendar/holiday-status').set(admin).expect(200)).body as {
      today: string;
      currentYear: number;
      packageSource: string;
      years: YearState[];
    };
  const preview = (year: number | string, body: object, h = admin) =>
    t.http.post(`/api/v1/calendar/years/${year}/preview`).set(h).send(body);
  const rows2027 = async () =>
    (
      await t.dataSource.query(
        'SELECT (SELECT count(*)::int FROM statutory_day WHERE year = 2027) AS days, (SELECT count(*)::int FROM calendar_year WHERE year = 2027) AS years',
      )
    )[0] as { days: number; years: number };

  const TEXT_2027 = [
    '# 国务院办公厅关于2027年部分节假日安排的通知（示例）',
    '2027-01-01~2027-01-03 休 元旦',
    '2027-02-06~2027-02-13 休 春节',
    '2027-02-14 班 春节',
    '2027-02-20 班 春节',
  ].join('\n');

  it('shows the current and next year in China, confirmed or not, to administrators only', async () => {
    const now = DateTime.now().setZone('Asia/Shanghai');
    const body = await status();
    expect(body.today).toBe(now.toISODate());
    expect(body.currentYear).toBe(now.year);
    expect(body.packageSource).toBe('chinese-days@1.5.7');
    const years = body.years.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026, now.year, now.year + 1]));

    expect(body.years.find((y) => y.year === 2026)).toMatchObject({
      confirmed: true,
      source: 'chinese-days@1.5.7',
      confirmedBy: null,
      confirmedByName: null,
      holidays: 33,
      makeupWorkdays: 6,
      packageHasYear: true,
      rosters: 0,
    });
    // The demo confirms up to 2026, and this runs in 2026 or later: next year is not confirmed.
    expect(now.year).toBeGreaterThanOrEqual(2026);
    expect(body.years.find((y) => y.year === now.year + 1)).toMatchObject({
      confirmed: false,
      source: null,
      confirmedAt: null,
      holidays: 0,
      makeupWorkdays: 0,
      packageHasYear: false,
    });

    for (const user of ['office', 'petition', 'politics', 'leader01']) {
      const res = await t.http.get('/api/v1/calendar/holiday-status').set(await t.auth(user));
      expect(res.status).toBe(403);
    }
    expect((await t.http.get('/api/v1/calendar/holiday-status')).status).toBe(401);
  });

  it('previews pasted text without writing anything', async () => {
    const res = await preview(2027, { text: TEXT_2027 }).expect(200);
    expect(res.body).toMatchObject({ year: 2027, source: 'text', current: null });
    expect(res.body.holidays.map((d: NamedDate) => d.date)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      ...['06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2027-02-${d}`),
    ]);
    expect(res.body.makeupWorkdays).toEqual([
      { date: '2027-02-14', name: '春节' },
      { date: '2027-02-20', name: '春节' },
    ]);
    expect(res.body.changes).toHaveLength(13);
    expect(res.body.changes[0]).toEqual({
      date: '2027-01-01',
      before: null,
      after: { kind: 'holiday', name: '元旦' },
    });
    expect(res.body.affectedRosters).toEqual([]);

    expect(await rows2027()).toEqual({ days: 0, years: 0 });
    const month = await t.http.get(`/api/v1/units/${cityId}/calendar?month=2027-01`).set(office);
    expect(month.status).toBe(422);
    expect(month.body.code).toBe('HOLIDAYS_NOT_CONFIRMED');
  });

  it('answers a preview of bad text with every bad line, as PUT does', async () => {
    const text = '2027-01-01 休 元旦\n2027-02-30 休 春节\n\n2027-02-10 班 春节\n2027-03-01 放 春节';
    const res = await preview(2027, { text });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'text' });
    expect(res.body.message).toMatch(/^text 第 2 行：日期不合法/);
    expect(res.body.problems.map((p: { line: number }) => p.line)).toEqual([2, 4, 5]);
    expect(res.body.problems[1]).toEqual({
      field: 'text',
      line: 4,
      message: '第 4 行：2027-02-10 不是周六或周日，不能作为调休上班日',
    });

    const put = await t.http.put('/api/v1/calendar/years/2027').set(admin).send({ text });
    expect(put.status).toBe(400);
    expect(put.body.problems).toEqual(res.body.problems);
    expect(await rows2027()).toEqual({ days: 0, years: 0 });
  });

  it('refuses a package preview for a year the package does not know, and other bad input', async () => {
    const pkg = await preview(2027, { fromPackage: true });
    expect(pkg.status).toBe(422);
    expect(pkg.body).toMatchObject({ code: 'PACKAGE_HAS_NO_YEAR', field: 'fromPackage' });

    for (const year of ['1999', '2100', '27', 'abcd']) {
      const res = await preview(year, { text: '2027-01-01 休 元旦' });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('year');
    }
    const badGet = await t.http.get('/api/v1/calendar/years/20x7').set(office);
    expect(badGet.status).toBe(400);
    expect(badGet.body.field).toBe('year');
    const unconfirmed = await t.http.get('/api/v1/calendar/years/2027').set(office);
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.code).toBe('HOLIDAYS_NOT_CONFIRMED');

    const unknownField = await preview(2027, { text: '2027-01-01 休 元旦', dryRun: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.field).toBe('dryRun');
    const empty = await preview(2027, {});
    expect(empty.status).toBe(400);

    expect((await preview(2027, { text: TEXT_2027 }, office)).status).toBe(403);
    expect((await preview(2027, { text: TEXT_2027 }, await t.auth('leader01'))).status).toBe(403);
  });

  it('previews a year confirmed from the package as unchanged when confirmed from it again', async () => {
    const res = await preview(2026, { fromPackage: true }).expect(200);
    expect(res.body).toMatchObject({ year: 2026, source: 'chinese-days@1.5.7', changes: [] });
    expect(res.body.current).toMatchObject({ year: 2026, holidays: 33, makeupWorkdays: 6 });
    expect(res.body.holidays).toHaveLength(33);
  });

  it('records who confirmed a year and shows it in the status', async () => {
    await t.http
      .put('/api/v1/calendar/years/2027')
      .set(admin)
      .send({ text: TEXT_2027 })
      .expect(200);
    const y2027 = (await status()).years.find((y) => y.year === 2027)!;
    expect(y2027).toMatchObject({
      confirmed: true,
      source: 'text',
      confirmedBy: adminId,
      confirmedByName: adminName,
      holidays: 11,
      makeupWorkdays: 2,
      packageHasYear: false,
    });
    expect(Date.parse(y2027.confirmedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const detail = await t.http.get('/api/v1/calendar/years/2027').set(office).expect(200);
    expect(detail.body.confirmedByName).toBe(adminName);

    // A second preview compares with what is stored now.
    const again = await preview(2027, {
      text: TEXT_2027.replace('2027-02-20 班 春节', '2027-02-20 班 春节\n2027-04-05 休 清明节'),
    }).expect(200);
    expect(again.body.current).toMatchObject({ year: 2027, source: 'text', holidays: 11 });
    expect(again.body.changes).toEqual([
      { date: '2027-04-05', before: null, after: { kind: 'holiday', name: '清明节' } },
    ]);
  });

  it('re-confirming a year under a published roster keeps the roster and shows the clash as errors', async () => {
    // Plan and publish December 2026 as the office would, before it begins (sessions that have
    // begun are never planned, so on a later date the month would have no duties to clash).
    t.clock.set(new Date('2026-11-02T10:00:00+08:00'));
    const generated = await t.http
      .post(`/api/v1/units/${cityId}/rosters?wait=60`)
      .set(office)
      .send({ month: '2026-12' })
      .expect(201);
    const rosterId: string = generated.body.id;
    const published = await t.http
      .post(`/api/v1/rosters/${rosterId}/publish`)
      .set(office)
      .send({ version: generated.body.version })
      .expect(200);
    const duty = (published.body.assignments as Array<{ date: string }>)[0].date;

    const y2026 = await t.http.get('/api/v1/calendar/years/2026').set(admin).expect(200);
    const changed = {
      holidays: [...y2026.body.holidays, { date: duty, name: '测试假日' }],
      makeupWorkdays: y2026.body.makeupWorkdays,
    };
    const dry = await preview(2026, changed).expect(200);
    expect(dry.body.changes).toEqual([
      { date: duty, before: null, after: { kind: 'holiday', name: '测试假日' } },
    ]);
    expect(dry.body.affectedRosters).toEqual([
      {
        id: rosterId,
        unitId: cityId,
        unitName: expect.any(String),
        month: '2026-12',
        status: 'published',
        publishedVersion: 1,
        dutiesOnChangedDates: expect.any(Number),
      },
    ]);
    expect(dry.body.affectedRosters[0].dutiesOnChangedDates).toBeGreaterThanOrEqual(1);
    const before = (await status()).years.find((y) => y.year === 2026)!;
    expect(before).toMatchObject({ rosters: 1, publishedRosters: 1, source: 'chinese-days@1.5.7' });

    // The service lets the administrator replace the year anyway …
    await t.http.put('/api/v1/calendar/years/2026').set(admin).send(changed).expect(200);
    const after = (await status()).years.find((y) => y.year === 2026)!;
    expect(after).toMatchObject({ source: 'lists', holidays: 34, confirmedByName: adminName });

    // … and the roster stays published as it was; its duty on the new holiday is now an error.
    const roster = await t.http.get(`/api/v1/rosters/${rosterId}`).set(office).expect(200);
    expect(roster.body).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect(roster.body.assignments.some((a: { date: string }) => a.date === duty)).toBe(true);
    const errors = (roster.body.findings as Finding[]).filter((f) => f.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'session', date: duty })]),
    );
    const day = await t.http
      .get(`/api/v1/units/${cityId}/calendar?month=2026-12`)
      .set(office)
      .expect(200);
    expect(day.body.find((d: { date: string }) => d.date === duty)).toMatchObject({
      kind: 'holiday',
      working: false,
    });
  });
});
