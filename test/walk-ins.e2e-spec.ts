import { DateTime } from 'luxon';
import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { plusDays, rolledDeadline } from './fixtures/appointments/deadlines.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Walk-in receptions (首接首办) at a begun session: bad input named per field, at most 5
// representatives, duplicates of an open case linked and not counted anew, personal data
// encrypted / masked / audited as for cases, then close → 回访 → escalation to 重点约访.

type Headers = { Authorization: string };

describe('walk-in receptions', () => {
  let t: TestApp;
  let petition: Headers;
  let office: Headers;
  let politics: Headers;
  let cityId: string;
  let housing: string;
  const leader = new Map<string, string>();
  const day = today().minus({ days: 3 }).toISODate()!;
  const tomorrow = today().plus({ days: 1 }).toISODate()!;
  const ID_A = idNumber('330102', '19700101', 701);
  const ID_B = idNumber('330102', '19710202', 702);
  const ID_C = idNumber('330102', '19720303', 703);

  const valid = (over: Record<string, unknown> = {}) => ({
    date: day,
    session: 'AM',
    leaderId: leader.get('L12'),
    persons: 1,
    petitioners: [{ name: '欧阳禾', phone: '13900001111', idNumber: ID_A }],
    subject: '城乡建设',
    locality: '东城区',
    summary: '小区加装电梯纠纷',
    demands: '尽快协调加装电梯',
    outcome: 'assigned',
    handlingDepartmentId: housing,
    followUp: '住建局 15 日内答复',
    ...over,
  });
  const register = (h: Headers, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/units/${cityId}/walk-ins`).set(h).send(body);

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    petition = await t.auth('petition');
    office = await t.auth('office');
    politics = await t.auth('politics');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    [{ id: housing }] = await t.dataSource.query(
      "SELECT id FROM department WHERE name = '市住房和城乡建设局'",
    );
    const duties = [
      { date: day, session: 'AM' as const, leaderCode: 'L12' },
      { date: tomorrow, session: 'AM' as const, leaderCode: 'L12' },
    ];
    for (const m of [...new Set(duties.map((d) => d.date.slice(0, 7)))]) {
      await publishRoster(
        t.dataSource,
        cityId,
        m,
        duties.filter((d) => d.date.startsWith(m)),
      );
    }
  });
  afterAll(() => t.close());

  it('names the field of every bad input, and writes nothing', async () => {
    const p0 = { name: '欧阳禾', phone: '13900001111', idNumber: ID_A };
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ date: '2026-13-01' }, 400, 'date'],
      [{ session: 'CALL' }, 400, 'session'],
      [{ leaderId: 'x' }, 400, 'leaderId'],
      [{ persons: 0 }, 400, 'persons'],
      [{ persons: 1.5 }, 400, 'persons'],
      [{ petitioners: [] }, 400, 'petitioners'],
      [{ petitioners: [{ ...p0, name: '' }] }, 400, 'petitioners[0].name'],
      [{ petitioners: [{ ...p0, phone: '12345' }] }, 400, 'petitioners[0].phone'],
      [
        { petitioners: [{ ...p0, idNumber: '110105198001011235' }] },
        400,
        'petitioners[0].idNumber',
      ],
      [{ petitioners: [{ ...p0, idNumber: '1.10105E+17' }] }, 400, 'petitioners[0].idNumber'],
      [{ petitioners: [{ ...p0, extra: 1 }] }, 400, 'petitioners[0].extra'],
      [
        { persons: 2, petitioners: [p0, { ...p0, name: '欧阳林' }] },
        400,
        'petitioners[1].idNumber',
      ],
      [{ subject: '' }, 400, 'subject'],
      [{ subject: '不存在的分类' }, 400, 'subject'],
      [{ subject: '纪检监察' }, 422, 'subject'],
      [{ locality: '东城区13900001111' }, 400, 'locality'],
      [{ summary: '' }, 400, 'summary'],
      [{ summary: 'x'.repeat(2001) }, 400, 'summary'],
      [{ summary: '来访人身份证 110105198001011234' }, 400, 'summary'],
      [{ demands: '' }, 400, 'demands'],
      [{ demands: 'a\u0000b' }, 400, 'demands'],
      [{ outcome: 'ignored' }, 400, 'outcome'],
      [{ handlingDepartmentId: null }, 400, 'handlingDepartmentId'],
      [
        { handlingDepartmentId: '00000000-0000-4000-8000-000000000000' },
        400,
        'handlingDepartmentId',
      ],
      [{ followUp: 'y'.repeat(1001) }, 400, 'followUp'],
      [{ unknown: true }, 400, 'unknown'],
      // The leader must have sat the session; the session must have begun.
      [{ leaderId: leader.get('L13') }, 422, 'leaderId'],
      [{ date: tomorrow }, 409, 'date'],
    ];
    for (const [over, status, field] of cases) {
      const res = await register(petition, valid(over));
      expect([JSON.stringify(over).slice(0, 60), res.status, res.body.field]).toEqual([
        JSON.stringify(over).slice(0, 60),
        status,
        field,
      ]);
    }
    expect((await t.dataSource.query('SELECT count(*)::int n FROM walk_in_reception'))[0].n).toBe(
      0,
    );
  });

  it('accepts a walk-in from the moment the session begins, not a second before', async () => {
    const begins = DateTime.fromISO(`${tomorrow}T08:30`, { zone: 'Asia/Shanghai' });
    const body = valid({ date: tomorrow, outcome: 'resolved', handlingDepartmentId: null });
    try {
      t.clock.set(begins.minus({ seconds: 1 }).toJSDate());
      await register(petition, body).expect(409);
      t.clock.set(begins.toJSDate());
      const res = await register(petition, body).expect(201);
      await t.dataSource.query('DELETE FROM walk_in_reception WHERE id = $1', [res.body.id]);
    } finally {
      t.clock.reset();
    }
  });

  it('admits at most 5 representatives of a group, and no more than came', async () => {
    const reps = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `代表${i + 1}`,
        idNumber: idNumber('440305', '19800101', 800 + i),
      }));
    const six = await register(petition, valid({ persons: 30, petitioners: reps(6) }));
    expect([six.status, six.body.field]).toEqual([400, 'petitioners']);
    const fewer = await register(petition, valid({ persons: 2, petitioners: reps(3) }));
    expect([fewer.status, fewer.body.field]).toEqual([400, 'persons']);
    const group = await register(
      petition,
      valid({
        persons: 30,
        petitioners: reps(5),
        subject: '劳动和社会保障',
        outcome: 'resolved',
        handlingDepartmentId: null,
      }),
    ).expect(201);
    expect(group.body).toMatchObject({ persons: 30, dueDate: null, status: 'open' });
    expect(group.body.petitioners).toHaveLength(5);
  });

  let firstId: string;
  it('registers a walk-in: 首接首办, 包案 leader, 60-day deadline with the rest-day rule, encrypted', async () => {
    const res = await register(petition, valid()).expect(201);
    firstId = res.body.id;
    expect(res.body).toMatchObject({
      leaderId: leader.get('L12'),
      caseLeaderId: leader.get('L12'),
      leaderName: '方筑安',
      nominalDueDate: plusDays(day, 60),
      dueDate: await rolledDeadline(t, office, cityId, plusDays(day, 60)),
      duplicateOfCaseId: null,
      piiRevealed: false,
    });
    expect(res.body.reference).toMatch(new RegExp(`^LF-${day.replace(/-/g, '')}-\\d{3}$`));
    expect(res.body.petitioners[0]).toMatchObject({
      name: '欧**',
      phone: '139****1111',
      idNumber: `${ID_A.slice(0, 6)}********${ID_A.slice(14)}`,
    });
    const [row] = await t.dataSource.query(
      'SELECT name_enc, id_number_enc FROM walk_in_petitioner WHERE walk_in_id = $1',
      [firstId],
    );
    expect(JSON.stringify(row)).not.toMatch(/欧阳禾|330102/);
  });

  it('flags and links a duplicate of an open case or walk-in by ID number and subject', async () => {
    const c = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([
        caseInput({
          reference: 'DUP-1',
          subject: '教育',
          petitioners: [{ name: '司马光', phone: '13900002222', idNumber: ID_B }],
        }),
      ])
      .expect(201);
    const dupCase = await register(
      petition,
      valid({
        subject: '教育',
        petitioners: [{ name: '司马光', idNumber: ID_B }],
      }),
    ).expect(201);
    expect(dupCase.body).toMatchObject({
      duplicateOfCaseId: c.body.cases[0].id,
      duplicateOfReference: 'DUP-1',
      dueDate: null,
    });
    const dupWalkIn = await register(petition, valid()).expect(201);
    expect(dupWalkIn.body).toMatchObject({ duplicateOfWalkInId: firstId, dueDate: null });
    // Another subject, or another person, is a new matter.
    const other = await register(
      petition,
      valid({ subject: '教育', petitioners: [{ name: '欧阳禾', idNumber: ID_A }] }),
    ).expect(201);
    expect(other.body).toMatchObject({ duplicateOfCaseId: null, duplicateOfWalkInId: null });
  });

  it('masks per role; reveals to 信访局 with an audit row; leaders see only their own', async () => {
    const revealed = await t.http
      .get(`/api/v1/walk-ins/${firstId}?reveal=true`)
      .set(petition)
      .expect(200);
    expect(revealed.body.petitioners[0]).toMatchObject({ name: '欧阳禾', idNumber: ID_A });
    const audit = await t.dataSource.query(
      "SELECT detail FROM audit_log WHERE action = 'pii.read' AND entity_id = $1",
      [firstId],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/欧阳禾/);
    await t.http.get(`/api/v1/walk-ins/${firstId}?reveal=true`).set(office).expect(403);
    const masked = await t.http.get(`/api/v1/walk-ins/${firstId}`).set(office).expect(200);
    expect(masked.body.petitioners[0].name).toBe('欧**');
    const own = await t.http
      .get(`/api/v1/walk-ins/${firstId}`)
      .set(await t.auth('leader12'))
      .expect(200);
    expect(own.body.petitioners[0]).toEqual({
      position: 0,
      name: '欧**',
      phone: null,
      idNumber: null,
    });
    await t.http
      .get(`/api/v1/walk-ins/${firstId}`)
      .set(await t.auth('leader13'))
      .expect(404);
    const list = await t.http
      .get(`/api/v1/units/${cityId}/walk-ins?date=${day}`)
      .set(await t.auth('leader13'))
      .expect(200);
    expect(list.body.total).toBe(0);
  });

  it('lets 两办 reassign the 包案 leader', async () => {
    const w = (await t.http.get(`/api/v1/walk-ins/${firstId}`).set(office)).body;
    await t.http
      .post(`/api/v1/walk-ins/${firstId}/case-leader`)
      .set(petition)
      .send({ version: w.version, leaderId: leader.get('L13'), reason: '分管领域' })
      .expect(403);
    const res = await t.http
      .post(`/api/v1/walk-ins/${firstId}/case-leader`)
      .set(office)
      .send({ version: w.version, leaderId: leader.get('L13'), reason: '分管领域' })
      .expect(200);
    expect(res.body).toMatchObject({
      leaderId: leader.get('L12'),
      caseLeaderId: leader.get('L13'),
    });
    // Now L13 carries it and sees it.
    await t.http
      .get(`/api/v1/walk-ins/${firstId}`)
      .set(await t.auth('leader13'))
      .expect(200);
  });

  it('closes, follows up, and escalates an unresolved matter to a 重点约访 case with its history', async () => {
    let w = (await t.http.get(`/api/v1/walk-ins/${firstId}`).set(petition)).body;
    const early = await t.http
      .post(`/api/v1/walk-ins/${firstId}/follow-up`)
      .set(petition)
      .send({ version: w.version, satisfaction: 'satisfied', resolved: true });
    expect(early.status).toBe(409);
    await t.http
      .post(`/api/v1/walk-ins/${firstId}/close`)
      .set(petition)
      .send({ version: w.version + 7, result: '已答复' })
      .expect(409);
    const bad = await t.http
      .post(`/api/v1/walk-ins/${firstId}/close`)
      .set(petition)
      .send({ version: w.version, result: '' });
    expect([bad.status, bad.body.field]).toEqual([400, 'result']);
    w = (
      await t.http
        .post(`/api/v1/walk-ins/${firstId}/close`)
        .set(petition)
        .send({ version: w.version, result: '住建局已书面答复' })
        .expect(200)
    ).body;
    expect(w).toMatchObject({ status: 'closed', closedOn: today().toISODate() });
    const badFollow = await t.http
      .post(`/api/v1/walk-ins/${firstId}/follow-up`)
      .set(petition)
      .send({ version: w.version, satisfaction: 'happy', resolved: false });
    expect([badFollow.status, badFollow.body.field]).toEqual([400, 'satisfaction']);
    w = (
      await t.http
        .post(`/api/v1/walk-ins/${firstId}/follow-up`)
        .set(petition)
        .send({
          version: w.version,
          satisfaction: 'unsatisfied',
          resolved: false,
          note: '仍未加装',
        })
        .expect(200)
    ).body;
    expect(w).toMatchObject({
      satisfaction: 'unsatisfied',
      resolved: false,
      followedUpOn: today().toISODate(),
    });
    const receiveBefore = today().plus({ days: 45 }).toISODate();
    const esc = await t.http
      .post(`/api/v1/walk-ins/${firstId}/escalate`)
      .set(politics)
      .send({ version: w.version, risk: 'orange', receiveBefore })
      .expect(200);
    expect(esc.body).toMatchObject({ status: 'escalated', caseReference: w.reference });
    const c = await t.http
      .get(`/api/v1/priority-cases/${esc.body.escalatedCaseId}?reveal=true`)
      .set(petition)
      .expect(200);
    expect(c.body).toMatchObject({
      reference: w.reference,
      previousLeaderId: leader.get('L13'),
      status: 'pending',
      receiveBefore,
    });
    expect(c.body.summary).toContain('住建局已书面答复');
    expect(c.body.summary).toContain('回访：不满意，未化解');
    expect(c.body.petitioners[0]).toMatchObject({ name: '欧阳禾', idNumber: ID_A });
    await t.http
      .post(`/api/v1/walk-ins/${firstId}/escalate`)
      .set(politics)
      .send({ version: esc.body.version, risk: 'orange', receiveBefore })
      .expect(409);
  });

  it('refuses escalation of a matter the follow-up found resolved', async () => {
    let w = (
      await register(petition, valid({ petitioners: [{ name: '诸葛亮', idNumber: ID_C }] })).expect(
        201,
      )
    ).body;
    w = (
      await t.http
        .post(`/api/v1/walk-ins/${w.id}/close`)
        .set(petition)
        .send({ version: w.version, result: '已化解' })
        .expect(200)
    ).body;
    w = (
      await t.http
        .post(`/api/v1/walk-ins/${w.id}/follow-up`)
        .set(petition)
        .send({ version: w.version, satisfaction: 'basically_satisfied', resolved: true })
        .expect(200)
    ).body;
    await t.http
      .post(`/api/v1/walk-ins/${w.id}/escalate`)
      .set(petition)
      .send({
        version: w.version,
        risk: 'blue',
        receiveBefore: today().plus({ days: 30 }).toISODate(),
      })
      .expect(409);
  });
});
