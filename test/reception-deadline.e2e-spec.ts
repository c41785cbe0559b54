import { DateTime } from 'luxon';
import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { isWorking, plusDays, rolledDeadline } from './fixtures/appointments/deadlines.js';
import { assumeConfirmedYear } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Headers = { Authorization: string };

interface RecordView {
  id: string;
  caseReference: string;
  dueDate: string | null;
  nominalDueDate: string | null;
  dueDateRolled: boolean;
  originalDueDate: string | null;
  extended: boolean;
}

const weekday = (date: string) => DateTime.fromISO(date).weekday;

/**
 * 办理期限 (#13 item 7): a handling deadline whose last day is a weekend or statutory holiday
 * rolls to the next working day (民法典 第二百零三条) when the unit says so (the default); the
 * counted day is kept and shown, in the list and in the case clock's message.
 */
describe('handling deadlines on a rest day', () => {
  let t: TestApp;
  let office: Headers;
  let cityId: string;
  let housing: string;
  let l12: string;
  let seq = 0;

  const working = (date: string) => isWorking(t, office, cityId, date);
  const rolled = (nominal: string) => rolledDeadline(t, office, cityId, nominal);

  /** A held appointment on `date`, and its reception recorded as passed on to a department. */
  async function receive(date: string): Promise<{ recordId: string; reference: string }> {
    const reference = `DL-${++seq}`;
    const created = await t.http
      .post('/api/v1/priority-cases')
      .set(await t.auth('petition'))
      .send([
        caseInput({
          reference,
          petitioners: [{ name: '周八', idNumber: idNumber('320102', '19750505', 700 + seq) }],
        }),
      ])
      .expect(201);
    const caseId = created.body.cases[0].id as string;
    await t.dataSource.query("UPDATE priority_case SET status = 'scheduled' WHERE id = $1", [
      caseId,
    ]);
    await assumeConfirmedYear(t.dataSource, date);
    const [a] = await t.dataSource.query(
      `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, slot_start, slot_end,
         status, month, department_ids, version)
       VALUES ($1, $2, $3, $4, 'AM', '08:30', '09:30', 'scheduled', $5, '{}', 1) RETURNING id`,
      [cityId, caseId, l12, date, date.slice(0, 7)],
    );
    const res = await t.http
      .post(`/api/v1/appointments/${a.id}/reception`)
      .set(office)
      .send({ persons: 1, batches: 1, outcome: 'assigned', handlingDepartmentId: housing })
      .expect(201);
    return { recordId: res.body.id, reference };
  }

  const view = async (reference: string): Promise<RecordView> => {
    const res = await t.http
      .get(`/api/v1/units/${cityId}/reception-records?limit=100`)
      .set(office)
      .expect(200);
    return (res.body.items as RecordView[]).find((r) => r.caseReference === reference)!;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: housing }] = await t.dataSource.query(
      "SELECT id FROM department WHERE name = '市住房和城乡建设局'",
    );
    [{ id: l12 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L12'");
  });
  afterAll(() => t.close());

  it('rolls a deadline landing on a Sunday to Monday, showing both dates', async () => {
    // The latest held reception whose 60th day is a Sunday followed by a working Monday.
    let date = today().minus({ days: 1 }).toISODate()!;
    while (weekday(plusDays(date, 60)) !== 7) date = plusDays(date, -1);
    await assumeConfirmedYear(t.dataSource, plusDays(date, 61));
    while (!(await working(plusDays(date, 61)))) date = plusDays(date, -7);
    const sunday = plusDays(date, 60);
    const monday = plusDays(date, 61);

    const { recordId, reference } = await receive(date);
    const [row] = await t.dataSource.query(
      "SELECT to_char(due_date, 'YYYY-MM-DD') AS due, to_char(nominal_due_date, 'YYYY-MM-DD') AS nominal FROM reception_record WHERE id = $1",
      [recordId],
    );
    expect(row).toEqual({ due: monday, nominal: sunday });
    expect(await view(reference)).toMatchObject({
      dueDate: monday,
      nominalDueDate: sunday,
      dueDateRolled: true,
      originalDueDate: sunday,
      extended: false,
    });

    // The case clock names the day the deadline rolled to, and the counted Sunday.
    const [clock] = await t.dataSource.query(
      "SELECT body, ref FROM notification WHERE rule = 'case_clock' AND source = (SELECT 'case:' || id FROM priority_case WHERE reference = $1) LIMIT 1",
      [reference],
    );
    const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
    expect(clock.body).toContain(`办理期限为${md(monday)}（星期一）`);
    expect(clock.body).toContain(`原为${md(sunday)}（星期日），遇休息日顺延`);
    expect(clock.ref.date).toBe(monday);

    // Extended by 30 days from the counted day, then rolled again if that is a rest day.
    await t.http
      .post(`/api/v1/reception-records/${recordId}/extend`)
      .set(office)
      .send({ reason: '涉及多个部门' })
      .expect(200);
    const extended = plusDays(sunday, 30);
    expect(await view(reference)).toMatchObject({
      nominalDueDate: extended,
      dueDate: await rolled(extended),
      dueDateRolled: (await rolled(extended)) !== extended,
      originalDueDate: sunday,
      extended: true,
    });
  });

  it('rolls a deadline on a statutory holiday past the whole holiday (国庆 2026)', async () => {
    // 2026-08-04 + 60 = 2026-10-03, a Saturday inside 国庆 (10-01..10-07): the 8th is a Thursday.
    const { reference } = await receive('2026-08-04');
    const expected = await rolled('2026-10-03');
    expect(expected).toBe('2026-10-08');
    expect(await view(reference)).toMatchObject({
      dueDate: '2026-10-08',
      nominalDueDate: '2026-10-03',
      dueDateRolled: true,
    });
  });

  it('keeps a working-day deadline, and the counted day when the unit does not roll', async () => {
    let date = today().minus({ days: 1 }).toISODate()!;
    while (weekday(plusDays(date, 60)) !== 3) date = plusDays(date, -1);
    await assumeConfirmedYear(t.dataSource, plusDays(date, 60));
    const plain = await receive(date);
    const wednesday = plusDays(date, 60);
    expect(await view(plain.reference)).toMatchObject({
      dueDate: await rolled(wednesday),
      nominalDueDate: wednesday,
    });

    await t.http
      .patch(`/api/v1/units/${cityId}`)
      .set(office)
      .send({ deadlineRollsToWorkingDay: false })
      .expect(200);
    let sunday = today().minus({ days: 1 }).toISODate()!;
    while (weekday(plusDays(sunday, 60)) !== 7) sunday = plusDays(sunday, -1);
    const off = await receive(sunday);
    expect(await view(off.reference)).toMatchObject({
      dueDate: plusDays(sunday, 60),
      nominalDueDate: plusDays(sunday, 60),
      dueDateRolled: false,
    });
  });
});
