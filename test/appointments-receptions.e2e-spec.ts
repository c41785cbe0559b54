import { DateTime } from 'luxon';
import { AuthService } from '../src/auth/auth.service.js';
import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { rolledDeadline } from './fixtures/appointments/deadlines.js';
import { assumeConfirmedYear } from './fixtures/appointments/roster.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// GET /units/{unitId}/reception-records: each record with case code, leader, session, outcome,
// handling deadline (办理时限) and extension; scoped like the cases; never petitioner data.

type Headers = { Authorization: string };

interface RecordView {
  id: string;
  caseId: string;
  caseReference: string;
  caseStatus: string;
  leaderId: string;
  leaderName: string;
  date: string;
  session: string;
  slotStart: string | null;
  persons: number;
  batches: number;
  outcome: string;
  handlingDepartmentId: string | null;
  handlingDepartmentName: string | null;
  dueDate: string | null;
  nominalDueDate: string | null;
  originalDueDate: string | null;
  extended: boolean;
  extensionReason: string | null;
  deadline: string;
  daysLeft: number | null;
}

const PEOPLE = {
  'R-assigned': {
    name: '皇甫嵩',
    phone: '13700001111',
    idNumber: idNumber('330102', '19610101', 501),
  },
  'R-overdue': {
    name: '长孙无忌',
    phone: '13700002222',
    idNumber: idNumber('330102', '19620202', 502),
  },
  'R-resolved': {
    name: '尉迟恭',
    phone: '13700003333',
    idNumber: idNumber('330102', '19630303', 503),
  },
  'R-closed': {
    name: '令狐冲',
    phone: '13700004444',
    idNumber: idNumber('330102', '19640404', 504),
  },
  'R-secret': {
    name: '独孤求败',
    phone: '13700005555',
    idNumber: idNumber('330102', '19650505', 505),
  },
};
type Ref = keyof typeof PEOPLE;

describe('reception records: the list', () => {
  let t: TestApp;
  let office: Headers;
  let petition: Headers;
  let cityId: string;
  let countyId: string;
  const leader = new Map<string, string>();
  const dept = new Map<string, string>();
  const caseId = new Map<Ref, string>();
  const recordId = new Map<Ref, string>();
  const daysAgo = (n: number) => today().minus({ days: n }).toISODate()!;
  const plusDays = (date: string, n: number) =>
    DateTime.fromISO(date).plus({ days: n }).toISODate()!;

  const list = async (h: Headers, query = '') => {
    const res = await t.http
      .get(`/api/v1/units/${cityId}/reception-records${query}`)
      .set(h)
      .expect(200);
    return res.body as { total: number; items: RecordView[] };
  };
  const byRef = (items: RecordView[]) => new Map(items.map((r) => [r.caseReference, r]));
  const rolled = (nominal: string) => rolledDeadline(t, office, cityId, nominal);
  const daysFromToday = (date: string) =>
    Math.round(DateTime.fromISO(date).diff(today(), 'days').days);

  /** A booked appointment that already took place, then its reception recorded by office. */
  async function received(
    ref: Ref,
    leaderCode: string,
    ago: number,
    reception: Record<string, unknown>,
    departmentIds: string[] = [],
  ) {
    const id = caseId.get(ref)!;
    await t.dataSource.query("UPDATE priority_case SET status = 'scheduled' WHERE id = $1", [id]);
    const date = daysAgo(ago);
    await assumeConfirmedYear(t.dataSource, date);
    const [a] = await t.dataSource.query(
      `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, slot_start, slot_end,
         status, month, department_ids, version)
       VALUES ($1, $2, $3, $4, 'PM', '14:30', '15:30', 'scheduled', $5, $6, 1) RETURNING id`,
      [cityId, id, leader.get(leaderCode), date, date.slice(0, 7), departmentIds],
    );
    const res = await t.http
      .post(`/api/v1/appointments/${a.id}/reception`)
      .set(office)
      .send(reception)
      .expect(201);
    recordId.set(ref, res.body.id);
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    office = await t.auth('office');
    petition = await t.auth('petition');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    for (const r of await t.dataSource.query('SELECT name, id FROM department'))
      dept.set(r.name, r.id);
    await t.app.get(AuthService).createUsers(
      ['市住房和城乡建设局', '市教育局'].map((name, i) => ({
        username: `liaison-${i}`,
        displayName: `${name}联络员`,
        password: TEST_DEMO_PASSWORD,
        role: 'department' as const,
        unitId: cityId,
        departmentId: dept.get(name)!,
      })),
    );
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send(
        (Object.keys(PEOPLE) as Ref[]).map((reference) =>
          caseInput({
            reference,
            subject: reference === 'R-resolved' ? '教育' : '城乡建设',
            petitioners: [PEOPLE[reference]],
          }),
        ),
      )
      .expect(201);
    for (const c of res.body.cases) caseId.set(c.reference, c.id);

    const housing = dept.get('市住房和城乡建设局')!;
    await received('R-assigned', 'L12', 10, {
      persons: 3,
      batches: 1,
      outcome: 'assigned',
      handlingDepartmentId: housing,
    });
    await received(
      'R-overdue',
      'L12',
      70,
      {
        persons: 1,
        outcome: 'transferred',
        handlingDepartmentId: housing,
      },
      [housing],
    );
    await received('R-resolved', 'L14', 5, { persons: 2, outcome: 'resolved', note: '当场答复' });
    await received('R-closed', 'L12', 20, {
      persons: 1,
      outcome: 'assigned',
      handlingDepartmentId: housing,
    });
    await t.http
      .post(`/api/v1/priority-cases/${caseId.get('R-closed')}/close`)
      .set(petition)
      .send({ reason: '已办结答复' })
      .expect(200);
    await received('R-secret', 'L12', 3, { persons: 1, outcome: 'resolved' });
    // Received, then found to be an accusation: it becomes restricted.
    const secret = await t.http
      .get(`/api/v1/priority-cases/${caseId.get('R-secret')}`)
      .set(petition);
    await t.http
      .patch(`/api/v1/priority-cases/${caseId.get('R-secret')}`)
      .set(petition)
      .send({ version: secret.body.version, flags: { accusation: true } })
      .expect(200);
    await t.http
      .post(`/api/v1/reception-records/${recordId.get('R-assigned')}/extend`)
      .set(office)
      .send({ reason: '涉及多个部门' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('gives each record its case, leader, session, outcome and handling deadline', async () => {
    const { total, items } = await list(office);
    expect(total).toBe(4); // the restricted one is not office's to see
    expect(items.map((r) => r.caseReference)).toEqual([
      'R-resolved',
      'R-assigned',
      'R-closed',
      'R-overdue',
    ]); // newest first
    const by = byRef(items);
    const assigned = by.get('R-assigned')!;
    expect(assigned).toMatchObject({
      caseId: caseId.get('R-assigned'),
      caseStatus: 'received',
      leaderId: leader.get('L12'),
      leaderName: expect.any(String),
      date: daysAgo(10),
      session: 'PM',
      slotStart: '14:30',
      persons: 3,
      batches: 1,
      outcome: 'assigned',
      handlingDepartmentName: '市住房和城乡建设局',
      // 60 days, extended once by 30 (a rest day rolls to the next working day).
      originalDueDate: plusDays(daysAgo(10), 60),
      nominalDueDate: plusDays(daysAgo(10), 90),
      dueDate: await rolled(plusDays(daysAgo(10), 90)),
      extended: true,
      extensionReason: '涉及多个部门',
      deadline: 'running',
      daysLeft: daysFromToday(await rolled(plusDays(daysAgo(10), 90))),
    });
    const overdue = await rolled(plusDays(daysAgo(70), 60));
    expect(by.get('R-overdue')).toMatchObject({
      outcome: 'transferred',
      nominalDueDate: plusDays(daysAgo(70), 60),
      dueDate: overdue,
      extended: false,
      deadline: daysFromToday(overdue) < 0 ? 'overdue' : 'running',
      daysLeft: daysFromToday(overdue),
    });
    // 60 days ago and 10 days' grace at most: still overdue whatever the calendar.
    expect(daysFromToday(overdue)).toBeLessThan(0);
    expect(by.get('R-resolved')).toMatchObject({
      outcome: 'resolved',
      leaderId: leader.get('L14'),
      dueDate: null,
      deadline: 'none',
      daysLeft: null,
    });
    expect(by.get('R-closed')).toMatchObject({
      caseStatus: 'closed',
      deadline: 'stopped',
      daysLeft: null,
    });
  });

  it('refuses to extend the handling deadline of a closed case', async () => {
    const res = await t.http
      .post(`/api/v1/reception-records/${recordId.get('R-closed')}/extend`)
      .set(office)
      .send({ reason: '涉及多个部门' })
      .expect(409);
    expect(res.body.code).toBe('CASE_CLOSED');
    const [row] = await t.dataSource.query(
      'SELECT extension_reason FROM reception_record WHERE id = $1',
      [recordId.get('R-closed')],
    );
    expect(row.extension_reason).toBeNull();
  });

  it('carries no petitioner name, phone or ID number, masked or not', async () => {
    // The masks below are the ones the case view shows for the same people.
    const view = await t.http.get(`/api/v1/priority-cases/${caseId.get('R-assigned')}`).set(office);
    expect(view.body.petitioners[0]).toMatchObject({
      name: '皇**',
      phone: '137****1111',
      idNumber: expect.stringMatching(/^330102\*{8}/),
    });
    for (const h of [office, petition, await t.auth('admin'), await t.auth('politics')]) {
      const text = JSON.stringify(await list(h));
      for (const p of Object.values(PEOPLE)) {
        // In full, and as the case views mask them (欧*, 137****1111, 330102********1234).
        for (const v of [
          p.name,
          `${[...p.name][0]}${'*'.repeat([...p.name].length - 1)}`,
          p.phone,
          `${p.phone.slice(0, 3)}****${p.phone.slice(7)}`,
          p.idNumber,
          `${p.idNumber.slice(0, 6)}********`,
        ]) {
          expect(text).not.toContain(v);
        }
      }
    }
  });

  it('shows restricted cases’ records only to the screening bodies and admin', async () => {
    for (const user of ['petition', 'politics', 'admin']) {
      const { items } = await list(await t.auth(user));
      expect(items.map((r) => r.caseReference)).toContain('R-secret');
    }
    expect((await list(office)).items.map((r) => r.caseReference)).not.toContain('R-secret');
  });

  it('shows leaders their own receptions and departments the ones they attended', async () => {
    const l12 = await list(await t.auth('leader12'));
    expect(l12.items.map((r) => r.caseReference).sort()).toEqual([
      'R-assigned',
      'R-closed',
      'R-overdue',
    ]);
    const l14 = await list(await t.auth('leader14'));
    expect(l14.items.map((r) => r.caseReference)).toEqual(['R-resolved']);
    expect((await list(await t.auth('leader01'))).total).toBe(0);
    // 住建局 was invited to R-overdue's session; 教育局 is the department of R-resolved's category
    // but was not invited, and the case did not require it.
    const housing = await list(await t.auth('liaison-0'));
    expect(housing.items.map((r) => r.caseReference)).toEqual(['R-overdue']);
    expect((await list(await t.auth('liaison-1'))).total).toBe(0);
  });

  it('filters by month, year and case, and pages', async () => {
    const month = daysAgo(70).slice(0, 7);
    const inMonth = await list(office, `?month=${month}`);
    expect(inMonth.items.map((r) => r.caseReference)).toContain('R-overdue');
    expect(inMonth.items.every((r) => r.date.startsWith(month))).toBe(true);
    const year = Number(daysAgo(5).slice(0, 4));
    const inYear = await list(office, `?year=${year}`);
    expect(inYear.items.every((r) => r.date.startsWith(String(year)))).toBe(true);
    expect(inYear.items.map((r) => r.caseReference)).toContain('R-resolved');
    const one = await list(office, `?caseId=${caseId.get('R-closed')}`);
    expect(one.items.map((r) => r.caseReference)).toEqual(['R-closed']);
    const page = await list(office, '?limit=2&offset=2');
    expect(page.total).toBe(4);
    expect(page.items.map((r) => r.caseReference)).toEqual(['R-closed', 'R-overdue']);
    // A restricted case's id gives nothing to office.
    expect((await list(office, `?caseId=${caseId.get('R-secret')}`)).total).toBe(0);
  });

  it('refuses bad queries with a 400 naming the parameter, and other units with 403', async () => {
    for (const [query, field] of [
      ['?month=2026-13', 'month'],
      ['?month=2026-01&year=2026', 'year'],
      ['?caseId=abc', 'caseId'],
      ['?limit=0', 'limit'],
      ['?colour=red', 'colour'],
    ]) {
      const res = await t.http.get(`/api/v1/units/${cityId}/reception-records${query}`).set(office);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
    }
    const county = await t.http.get(`/api/v1/units/${countyId}/reception-records`).set(office);
    expect(county.status).toBe(403);
  });
});
