import { startTestApp, type TestApp } from './support/test-app.js';

/** Office entry of trips as date ranges and pasted lists (src/roster/absences*). */
describe('absences as date ranges', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let cityId: string;
  let l01: string;
  let l02: string;
  let names: { l01: string; l02: string };

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const rows: Array<{ id: string; name: string }> = await t.dataSource.query(
      "SELECT id, name FROM leader WHERE code IN ('L01', 'L02') ORDER BY code",
    );
    [l01, l02] = rows.map((r) => r.id);
    names = { l01: rows[0].name, l02: rows[1].name };
  });
  afterAll(() => t.close());

  const entries = async (leaderId: string) =>
    (await t.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, session, reason, note
         FROM leader_availability WHERE leader_id = $1 ORDER BY date, session`,
      [leaderId],
    )) as Array<{ date: string; session: string | null; reason: string; note: string }>;

  it('records a 10-day trip across a month end for two leaders as one request', async () => {
    const res = await t.http
      .post(`/api/v1/units/${cityId}/absences`)
      .set(office)
      .send({
        absences: [
          {
            leaderIds: [l01, l02],
            from: '2030-01-25',
            to: '2030-02-03',
            startsAt: 'PM',
            reason: 'trip',
            note: '考察',
          },
        ],
      })
      .expect(201);
    expect(res.body).toHaveLength(20);
    const mine = await entries(l01);
    expect(mine).toHaveLength(10);
    expect(mine[0]).toEqual({ date: '2030-01-25', session: 'PM', reason: 'trip', note: '考察' });
    expect(mine[9]).toMatchObject({ date: '2030-02-03', session: null });
    expect(await entries(l02)).toHaveLength(10);
  });

  it('refuses an overlap with what is already there, naming the range, and saves nothing', async () => {
    const res = await t.http
      .post(`/api/v1/units/${cityId}/absences`)
      .set(office)
      .send({
        absences: [
          { leaderIds: [l02], from: '2030-03-01', to: '2030-03-02', reason: 'leave' },
          { leaderIds: [l01], from: '2030-02-03', to: '2030-02-05', reason: 'meeting' },
        ],
      })
      .expect(409);
    expect(res.body.field).toBe('absences[1]');
    expect(res.body.message).toContain('2030-02-03');
    expect((await entries(l02)).filter((e) => e.date >= '2030-03-01')).toEqual([]);
  });

  it('names the field of a range that ends before it starts, and of an unknown leader', async () => {
    const back = await t.http
      .post(`/api/v1/units/${cityId}/absences`)
      .set(office)
      .send({
        absences: [{ leaderIds: [l01], from: '2030-05-05', to: '2030-05-01', reason: 'trip' }],
      })
      .expect(400);
    expect(back.body.field).toBe('absences[0].to');
    const stranger = await t.http
      .post(`/api/v1/units/${cityId}/absences`)
      .set(office)
      .send({
        absences: [
          {
            leaderIds: ['00000000-0000-4000-8000-000000000000'],
            from: '2030-05-01',
            to: '2030-05-01',
            reason: 'trip',
          },
        ],
      })
      .expect(400);
    expect(stranger.body.field).toBe('absences[0].leaderIds[0]');
  });

  it('takes a pasted list, all or nothing, with every problem by line and column', async () => {
    const bad = await t.http
      .post(`/api/v1/units/${cityId}/absences/paste`)
      .set(office)
      .send({
        text: [
          '领导\t开始\t结束\t原因',
          `${names.l01}\t2030-06-10\t2030-06-12\t出差`,
          `不存在的人\t2030-06-10\t2030-06-12\t出差`,
          `${names.l02}\t2030-06-31\t2030-07-02\t请假`,
        ].join('\n'),
      })
      .expect(400);
    expect(bad.body.field).toBe('text');
    expect(bad.body.errors.map((e: { row: number; column: number }) => [e.row, e.column])).toEqual([
      [3, 1],
      [4, 2],
    ]);
    expect(bad.body.message).toContain('第3行第1列');
    expect((await entries(l01)).filter((e) => e.date.startsWith('2030-06'))).toEqual([]);

    const good = await t.http
      .post(`/api/v1/units/${cityId}/absences/paste`)
      .set(office)
      .send({
        text: `${names.l01}、${names.l02}, 2030-06-10 下午, 2030-06-11 上午, 省里开会\n${names.l01},2030/6/20,2030/6/20,请假`,
      })
      .expect(201);
    expect(good.body).toHaveLength(5);
    expect((await entries(l01)).filter((e) => e.date.startsWith('2030-06'))).toEqual([
      { date: '2030-06-10', session: 'PM', reason: 'other', note: '省里开会' },
      { date: '2030-06-11', session: 'AM', reason: 'other', note: '省里开会' },
      { date: '2030-06-20', session: null, reason: 'leave', note: '' },
    ]);
  });

  it('names the pasted line that clashes with an earlier entry', async () => {
    const res = await t.http
      .post(`/api/v1/units/${cityId}/absences/paste`)
      .set(office)
      .send({ text: `${names.l02},2030-06-11,2030-06-11,请假` })
      .expect(409);
    expect(res.body.message).toMatch(/^第1行：已有登记 2030-06-11 上午/);
  });

  it('is for the office: a leader cannot enter ranges for colleagues', async () => {
    const leader = await t.auth('leader01');
    await t.http
      .post(`/api/v1/units/${cityId}/absences`)
      .set(leader)
      .send({
        absences: [{ leaderIds: [l02], from: '2030-08-01', to: '2030-08-02', reason: 'trip' }],
      })
      .expect(403);
  });
});
