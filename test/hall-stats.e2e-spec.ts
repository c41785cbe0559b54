import { DateTime } from 'luxon';
import { PiiCrypto } from '../src/appointments/pii/pii-crypto.js';
import { seedDemoHallYear } from '../src/demo/demo-hall-year.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { xlsxBody } from './support/xlsx.js';

// The report's figures for the demo city's seeded 2026, recomputed here from the records (SQL on
// the rows, not the service's code), per month, leader and special period; the xlsx opened and
// its sums checked; the printable page carries the annual report's sentences.

type Headers = { Authorization: string };
interface Figures {
  sittingDays: number;
  sittingHalfDays: number;
  walkInBatches: number;
  walkInPersons: number;
  appointmentBatches: number;
  appointmentPersons: number;
  batches: number;
  persons: number;
  priorityReceived: number;
  priorityResolved: number;
  dueInPeriod: number;
  closedOnTime: number;
  onTimeRate: number | null;
  followUps: number;
  satisfied: number;
  satisfactionRate: number | null;
  substitutions: number;
  absences: number;
}

describe('hall figures and the report', () => {
  let t: TestApp;
  let office: Headers;
  let cityId: string;
  let year: {
    total: Figures;
    sentence: string;
    demo: boolean;
    byMonth: Array<{ month: string; figures: Figures }>;
    byLeader: Array<{ leaderId: string; name: string; figures: Figures }>;
    byPeriod: Array<{
      name: string;
      startDate: string;
      endDate: string;
      figures: Figures;
      sentence: string;
    }>;
  };
  const today = () => DateTime.now().setZone('Asia/Shanghai').toISODate()!;

  /** The figures of a window recomputed with SQL over the stored records. */
  async function recompute(from: string, to: string, leaderId?: string): Promise<Figures> {
    const q = async (sql: string, params: unknown[] = []) =>
      (await t.dataSource.query(sql, [cityId, from, to, ...params]))[0];
    const who = (col: string) => (leaderId ? `AND ${col} = '${leaderId}'` : '');
    const sat =
      await q(`SELECT count(DISTINCT date)::int days, count(DISTINCT (date, session))::int halves
      FROM duty_attendance WHERE unit_id = $1 AND date BETWEEN $2 AND $3 AND session <> 'CALL'
      AND status IN ('present', 'substituted') ${who('sat_leader_id')}`);
    const walk = await q(`SELECT count(*)::int b, coalesce(sum(persons), 0)::int p,
      count(*) FILTER (WHERE satisfaction IS NOT NULL)::int f,
      count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied'))::int s
      FROM walk_in_reception WHERE unit_id = $1 AND date BETWEEN $2 AND $3 ${who('leader_id')}`);
    const appt =
      await q(`SELECT coalesce(sum(r.batches), 0)::int b, coalesce(sum(r.persons), 0)::int p,
      count(DISTINCT a.case_id)::int received,
      count(DISTINCT a.case_id) FILTER (WHERE r.outcome = 'resolved' OR c.status = 'closed')::int resolved
      FROM reception_record r JOIN appointment a ON a.id = r.appointment_id JOIN priority_case c ON c.id = a.case_id
      WHERE r.unit_id = $1 AND r.date BETWEEN $2 AND $3 ${who('r.leader_id')}`);
    const clock = await q(
      `SELECT count(*)::int due, count(*) FILTER (WHERE closed IS NOT NULL AND closed <= due_date)::int ontime FROM (
        SELECT due_date, closed_on AS closed FROM walk_in_reception WHERE unit_id = $1
          AND duplicate_of_case_id IS NULL AND duplicate_of_walk_in_id IS NULL ${who('case_leader_id')}
        UNION ALL
        SELECT r.due_date, CASE WHEN c.status = 'closed' THEN (c.updated_at AT TIME ZONE 'Asia/Shanghai')::date END
          FROM reception_record r JOIN appointment a ON a.id = r.appointment_id JOIN priority_case c ON c.id = a.case_id
          WHERE r.unit_id = $1 ${who('r.leader_id')}
      ) x WHERE due_date BETWEEN $2 AND $3 AND (due_date < $4 OR closed IS NOT NULL)`,
      [today()],
    );
    const duty = await q(`SELECT count(*) FILTER (WHERE status = 'substituted')::int subs,
      count(*) FILTER (WHERE status = 'absent')::int absent
      FROM duty_attendance WHERE unit_id = $1 AND date BETWEEN $2 AND $3 ${who('planned_leader_id')}`);
    const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
    return {
      sittingDays: sat.days,
      sittingHalfDays: sat.halves,
      walkInBatches: walk.b,
      walkInPersons: walk.p,
      appointmentBatches: appt.b,
      appointmentPersons: appt.p,
      batches: walk.b + appt.b,
      persons: walk.p + appt.p,
      priorityReceived: appt.received,
      priorityResolved: appt.resolved,
      dueInPeriod: clock.due,
      closedOnTime: clock.ontime,
      onTimeRate: rate(clock.ontime, clock.due),
      followUps: walk.f,
      satisfied: walk.s,
      satisfactionRate: rate(walk.s, walk.f),
      substitutions: duty.subs,
      absences: duty.absent,
    };
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    await seedDemoHallYear(t.dataSource, t.app.get(PiiCrypto));
    // Seeding twice adds nothing.
    await seedDemoHallYear(t.dataSource, t.app.get(PiiCrypto));
    // Received in December 2025, due in February 2026: counts in 2026's 按期办结率, not its visits.
    const [{ id: l12 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L12'");
    await t.dataSource.query(
      `INSERT INTO walk_in_reception (unit_id, reference, date, session, leader_id, case_leader_id,
         persons, subject_code, summary, demands, outcome, due_date, nominal_due_date, status, closed_on, version)
       VALUES ($1, 'LF-20251222-001', '2025-12-22', 'AM', $2, $2, 1, 'urban_construction', '跨年事项',
         '跨年诉求', 'assigned', '2026-02-24', '2026-02-20', 'closed', '2026-02-10', 1)`,
      [cityId, l12],
    );
    year = (
      await t.http.get(`/api/v1/units/${cityId}/hall-figures?year=2026`).set(office).expect(200)
    ).body;
  });
  afterAll(() => t.close());

  it('seeds a year of demo records, marked as demo', async () => {
    const [n] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM duty_attendance WHERE demo)::int att,
              (SELECT count(*) FROM duty_attendance WHERE NOT demo)::int real,
              (SELECT count(*) FROM walk_in_reception WHERE demo)::int walk,
              (SELECT count(*) FROM priority_case WHERE reference LIKE 'DEMO-%' AND batch LIKE '演示数据%')::int cases,
              (SELECT count(*) FROM roster)::int rosters`,
    );
    expect(n.att).toBeGreaterThan(250);
    expect(n.real).toBe(0);
    expect(n.walk).toBeGreaterThan(150);
    expect(n.cases).toBe(12);
    expect(n.rosters).toBe(0);
    expect(year.demo).toBe(true);
    // As a real import: the label the office typed is the category's name, never its code.
    const labels = await t.dataSource.query(
      `SELECT DISTINCT c.subject_label = s.name AS named FROM priority_case c
         JOIN subject s ON s.code = c.subject_code WHERE c.reference LIKE 'DEMO-%'`,
    );
    expect(labels).toEqual([{ named: true }]);
  });

  it('gives the year, each month, each leader and each special period as recomputed from the records', async () => {
    expect(year.total).toMatchObject(await recompute('2026-01-01', '2026-12-31'));
    const february = year.byMonth.find((m) => m.month === '2026-02')!.figures;
    const feb = await recompute('2026-02-01', '2026-02-28');
    expect(feb.dueInPeriod).toBeGreaterThanOrEqual(1);
    expect(february.dueInPeriod).toBe(feb.dueInPeriod);
    for (const m of year.byMonth) {
      const start = DateTime.fromISO(`${m.month}-01`);
      expect([m.month, m.figures]).toEqual([
        m.month,
        expect.objectContaining(
          await recompute(start.toISODate()!, start.endOf('month').toISODate()!),
        ),
      ]);
    }
    expect(year.byLeader.length).toBeGreaterThan(5);
    for (const l of year.byLeader) {
      expect([l.name, l.figures]).toEqual([
        l.name,
        expect.objectContaining(await recompute('2026-01-01', '2026-12-31', l.leaderId)),
      ]);
    }
    for (const p of year.byPeriod) {
      expect([p.name, p.figures]).toEqual([
        p.name,
        expect.objectContaining(await recompute(p.startDate, p.endDate)),
      ]);
    }
    // Additive figures: the months add up to the year (the boundaries lose nothing).
    for (const k of ['walkInBatches', 'persons', 'sittingHalfDays', 'substitutions'] as const) {
      expect(year.byMonth.reduce((s, m) => s + m.figures[k], 0)).toBe(year.total[k]);
    }
    expect(year.total.sittingDays).toBeGreaterThan(200);
    expect(year.total.onTimeRate).toBeGreaterThan(50);
    expect(year.total.satisfactionRate).toBeGreaterThan(80);
  });

  it('gives one row per unit: the own unit, and for an administrator the counties too', async () => {
    const own = (
      await t.http.get(`/api/v1/units/${cityId}/hall-figures?year=2026`).set(office).expect(200)
    ).body.byUnit as Array<{ name: string; figures: Figures }>;
    expect(own.map((u) => u.name)).toEqual(['青嵘市']);
    const admin = (
      await t.http
        .get(`/api/v1/units/${cityId}/hall-figures?year=2026`)
        .set(await t.auth('admin'))
        .expect(200)
    ).body.byUnit as Array<{ name: string; figures: Figures }>;
    expect(admin).toHaveLength(7);
    expect(admin[0].figures).toEqual(own[0].figures);
    expect(admin.slice(1).every((u) => u.figures.batches === 0)).toBe(true);
  });

  it('words the 两会 sentence like the annual report', () => {
    const lianghui = year.byPeriod.find((p) => p.name === '全国两会特护期')!;
    const f = lianghui.figures;
    expect(lianghui.sentence).toBe(
      `2026年全国两会特护期间，市级领导坐班${f.sittingDays}天，约访接访${f.batches}批次${f.persons}人次`,
    );
    // The demo is deterministic: the same sentence on every machine (quoted in the README's demo note).
    expect(lianghui.sentence).toBe(
      '2026年全国两会特护期间，市级领导坐班17天，约访接访47批次117人次',
    );
    // Every day of the period is covered (every_day coverage) unless nobody sat.
    expect(f.sittingDays).toBeGreaterThanOrEqual(15);
    expect(f.appointmentBatches).toBe(3);
  });

  it('exports one sheet per view whose sums match the figures', async () => {
    const book = await xlsxBody(
      t.http.get(`/api/v1/units/${cityId}/hall-figures.xlsx?year=2026`).set(office),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '按单位',
      '按月',
      '按特护期',
      '按领导',
      '到岗情况',
      '报告语句',
    ]);
    const column = (sheetName: string, header: string) => {
      const s = book.getWorksheet(sheetName)!;
      const headers = (s.getRow(2).values as unknown[]).map(String);
      return headers.indexOf(header);
    };
    const months = book.getWorksheet('按月')!;
    const col = column('按月', '约访接访人次');
    let sum = 0;
    for (let r = 3; r < 3 + 12; r++) sum += Number(months.getRow(r).getCell(col).value);
    expect(sum).toBe(year.total.persons);
    expect(months.getRow(15).getCell(1).value).toBe('全年');
    expect(months.getRow(15).getCell(col).value).toBe(year.total.persons);
    const leaders = book.getWorksheet('按领导')!;
    const lcol = column('按领导', '来访接待批次');
    let lsum = 0;
    leaders.eachRow((row, n) => {
      if (n > 2) lsum += Number(row.getCell(lcol).value);
    });
    expect(lsum).toBe(year.total.walkInBatches);
    const att = book.getWorksheet('到岗情况')!;
    let absent = 0;
    att.eachRow((row, n) => {
      if (n > 2) absent += Number(row.getCell(8).value);
    });
    expect(absent).toBe(year.total.absences);
    const text = book.getWorksheet('报告语句')!;
    const sentences: string[] = [];
    text.eachRow((row) => sentences.push(String(row.getCell(1).value)));
    expect(sentences).toContain(year.byPeriod.find((p) => p.name === '全国两会特护期')!.sentence);
  });

  it('prints the report page with the sentences, unit, period and date, and no personal data', async () => {
    const res = await t.http
      .get(`/api/v1/units/${cityId}/hall-report?year=2026`)
      .set(office)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('青嵘市2026年领导接访工作情况');
    expect(res.text).toContain(year.byPeriod.find((p) => p.name === '全国两会特护期')!.sentence);
    expect(res.text).toContain('演示数据');
    expect(res.text).toMatch(/按期办结率\d+(\.\d)?%/);
    expect(res.text).not.toMatch(/\d{17}[\dX]|139\d{8}/);
    await t.http.get(`/api/v1/units/${cityId}/hall-report?year=1999`).set(office).expect(400);
    await t.http
      .get(`/api/v1/units/${cityId}/hall-figures?year=2026`)
      .set(await t.auth('leader01'))
      .expect(403);
  });
});
