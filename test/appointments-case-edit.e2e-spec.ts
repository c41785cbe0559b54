import { PiiCrypto } from '../src/appointments/pii/pii-crypto.js';
import { AuthService } from '../src/auth/auth.service.js';
import { caseInput, idNumber, inDays, today } from './fixtures/appointments/cases.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// PATCH /priority-cases/{id}: the submission's rules, optimistic version, personal data kept
// encrypted, an audit row without personal data, and open appointments re-checked.

type Headers = { Authorization: string };

interface AuditRow {
  username: string;
  detail: {
    reference: string;
    version: { from: number; to: number };
    fields: string[];
    values: Record<string, { from: unknown; to: unknown }>;
    appointments: Array<{ appointmentId: string; action: string; reasons: string[] }>;
  };
}

describe('priority cases: editing', () => {
  let t: TestApp;
  let petition: Headers;
  let office: Headers;
  let cityId: string;
  let countyId: string;
  const leader = new Map<string, string>();
  const dept = new Map<string, string>();
  const month = today().plus({ months: 1 }).toFormat('yyyy-MM');
  const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
  let seq = 0;
  const person = (name = '欧阳明') => ({
    name,
    phone: '13912345678',
    idNumber: idNumber('350102', '19650505', 300 + ++seq),
  });

  const url = (id: string) => `/api/v1/priority-cases/${id}`;
  const caseRow = async (id: string) =>
    (await t.dataSource.query('SELECT * FROM priority_case WHERE id = $1', [id]))[0];
  const appointmentRow = async (id: string) =>
    (await t.dataSource.query('SELECT * FROM appointment WHERE id = $1', [id]))[0];
  const edits = async (id: string): Promise<AuditRow[]> =>
    t.dataSource.query(
      "SELECT username, detail FROM audit_log WHERE action = 'case.update' AND entity_id = $1 ORDER BY id",
      [id],
    );
  const feedRevision = async () =>
    Number(
      (
        await t.dataSource.query('SELECT revision FROM feed_revision WHERE unit_id = $1', [cityId])
      )[0]?.revision ?? 0,
    );

  async function submit(overrides: Parameters<typeof caseInput>[0] = {}, h = petition) {
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(h)
      // 教育 by default: no leader of the published roster covers it, so matching leaves these
      // cases alone and the sessions stay free for the appointment tests.
      .send([caseInput({ subject: '教育', petitioners: [person()], ...overrides })])
      .expect(201);
    return res.body.cases[0].id as string;
  }
  const current = async (id: string, h = petition) =>
    (await t.http.get(url(id)).set(h).expect(200)).body as { version: number; status: string };

  /** A case booked (scheduled) in one of L12's sessions, through matching and acceptance. */
  async function booked(reference: string, extra: Parameters<typeof caseInput>[0] = {}) {
    const id = await submit({ reference, subject: '城乡建设', receiveBefore: day(25), ...extra });
    const match = await t.http
      .post(`/api/v1/units/${cityId}/appointments/match`)
      .set(office)
      .send({ month })
      .expect(200);
    const proposal = match.body.proposals.find(
      (p: { caseReference: string }) => p.caseReference === reference,
    );
    expect(proposal).toBeDefined();
    const res = await t.http
      .post(`/api/v1/appointments/${proposal.id}/accept`)
      .set(office)
      .send({ version: proposal.version })
      .expect(200);
    return {
      caseId: id,
      appointment: res.body as {
        id: string;
        date: string;
        leaderId: string;
        departmentIds: string[];
      },
    };
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    petition = await t.auth('petition');
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    for (const r of await t.dataSource.query('SELECT name, id FROM department'))
      dept.set(r.name, r.id);
    await t.app.get(AuthService).createUsers([
      {
        username: 'education-liaison',
        displayName: '市教育局联络员',
        password: TEST_DEMO_PASSWORD,
        role: 'department',
        unitId: cityId,
        departmentId: dept.get('市教育局')!,
      },
    ]);
    // L12 (城乡建设, 自然资源, 交通运输) holds two sessions; each takes up to 3 cases.
    await publishRoster(t.dataSource, cityId, month, [
      { date: day(5), session: 'AM', leaderCode: 'L12' },
      { date: day(12), session: 'AM', leaderCode: 'L12' },
    ]);
  });
  afterAll(() => t.close());

  it('changes the given fields, keeps the others, bumps the version and audits without personal data', async () => {
    const id = await submit({ summary: '小区电梯长期停运，业主欧阳明多次反映', batch: '第一批' });
    const before = await current(id);
    const res = await t.http
      .patch(url(id))
      .set(petition)
      .send({
        version: before.version,
        summary: '电梯停运，维修资金使用有争议',
        risk: '橙',
        flags: { threat: true },
      })
      .expect(200);
    expect(res.body).toMatchObject({
      id,
      summary: '电梯停运，维修资金使用有争议',
      risk: 'orange',
      batch: '第一批',
      subjectLabel: '教育',
      flags: expect.objectContaining({ threat: true, accusation: false }),
      version: before.version + 1,
      piiRevealed: false,
      appointmentEffects: [],
    });
    expect(res.body.petitioners[0].name).toBe('欧**');

    const [audit] = await edits(id);
    expect(audit.username).toBe('petition');
    expect(audit.detail.fields.sort()).toEqual(['flags', 'risk', 'summary']);
    expect(audit.detail.values.risk).toEqual({ from: 'yellow', to: 'orange' });
    expect(audit.detail.values.summary).toBeUndefined();
    expect(audit.detail.version).toEqual({ from: before.version, to: before.version + 1 });
    expect(JSON.stringify(audit.detail)).not.toMatch(/欧阳明|电梯|13912345678|350102/);

    // Sending the stored values again changes nothing and writes nothing.
    const same = await t.http
      .patch(url(id))
      .set(petition)
      .send({ version: before.version + 1, risk: '橙' })
      .expect(200);
    expect(same.body.version).toBe(before.version + 1);
    expect(await edits(id)).toHaveLength(1);
  });

  it('replaces petitioners encrypted, with a fresh ID-number HMAC that duplicate checks use', async () => {
    const old = person('司马光');
    const id = await submit({ subject: '教育', petitioners: [old] });
    const fresh = person('诸葛亮');
    const res = await t.http
      .patch(url(id))
      .set(petition)
      .send({ version: (await current(id)).version, petitioners: [fresh], groupSize: 1 })
      .expect(200);
    expect(res.body.petitioners).toEqual([
      {
        position: 0,
        name: '诸**',
        phone: '139****5678',
        idNumber: `350102********${fresh.idNumber.slice(14)}`,
      },
    ]);
    const rows: Array<{ name_enc: string; id_number_enc: string; id_number_hmac: string }> =
      await t.dataSource.query('SELECT * FROM case_petitioner WHERE case_id = $1', [id]);
    const crypto = t.app.get(PiiCrypto);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/诸葛亮|司马光|350102/);
    expect(crypto.decrypt(rows[0].name_enc)).toBe('诸葛亮');
    expect(rows[0].id_number_hmac).toBe(crypto.hmacIdNumber(fresh.idNumber));
    const [audit] = await edits(id);
    expect(audit.detail.fields).toEqual(['petitioners']);
    expect(JSON.stringify(audit.detail)).not.toMatch(/诸葛亮|司马光|350102|139/);

    // The new person now has an open 教育 case; the old one no longer has.
    const dup = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([caseInput({ subject: '教育', petitioners: [{ ...fresh }] })])
      .expect(422);
    expect(dup.body.errors[0]).toMatchObject({ column: 'petitioners[0].idNumber' });
    await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([caseInput({ subject: '教育', petitioners: [{ ...old }] })])
      .expect(201);
    // An edit is not its own duplicate: the same people again are fine.
    await t.http
      .patch(url(id))
      .set(petition)
      .send({ version: (await current(id)).version, petitioners: [fresh], summary: '再次修改' })
      .expect(200);
  });

  describe('the submission rules, each naming its field; nothing changes', () => {
    let id: string;
    let otherRef: string;
    let otherPerson: ReturnType<typeof person>;
    beforeAll(async () => {
      id = await submit({ subject: '农村农业' });
      otherPerson = person();
      otherRef = `T-other-${seq}`;
      await submit({ reference: otherRef, subject: '农村农业', petitioners: [otherPerson] });
    });

    it.each([
      ['empty reference', { reference: '  ' }, 'reference', /不能为空/],
      ['reference of another case', () => ({ reference: otherRef }), 'reference', /已存在/],
      // The submitting body is not edited at all: test/case-integrity.e2e-spec.ts (transfer).
      ['unknown category', { subject: '外星事务' }, 'subject', /未知的信访事项分类/],
      ['ambiguous old label', { subject: '教育文体' }, 'subject', /多个现行分类/],
      ['empty summary', { summary: ' ' }, 'summary', /不能为空/],
      ['risk level', { risk: '紫' }, 'risk', /红、橙、黄、蓝/],
      ['group size 0', { groupSize: 0 }, 'groupSize', /至少为 1/],
      ['repeat count', { repeatCount: -1 }, 'repeatCount', /0 到 10000/],
      ['backlog years', { backlogYears: 101 }, 'backlogYears', /0 到 100/],
      ['deadline removed', { receiveBefore: null }, 'receiveBefore', /不能为空/],
      ['deadline in the past', { receiveBefore: inDays(-3) }, 'receiveBefore', /已过/],
      ['bad date', { receiveBefore: '2027-02-30' }, 'receiveBefore', /有效日期/],
      ['unknown leader', { previousLeader: 'L99' }, 'previousLeader', /没有这位领导/],
      ['unknown department', { departments: ['市宇航局'] }, 'departments[0]', /没有这个部门/],
      ['no petitioner', { petitioners: [] }, 'petitioners[0].name', /至少填写一名/],
      [
        'wrong ID checksum',
        { petitioners: [{ name: '李四', idNumber: idNumber().slice(0, 17) + '0' }] },
        'petitioners[0].idNumber',
        /校验位/,
      ],
      [
        'phone malformed',
        {
          petitioners: [
            { name: '李四', phone: '12345', idNumber: idNumber('110105', '19900101', 77) },
          ],
        },
        'petitioners[0].phone',
        /电话/,
      ],
      [
        'empty petitioner name',
        { petitioners: [{ name: ' ', idNumber: idNumber('110105', '19900101', 78) }] },
        'petitioners[0].name',
        /姓名不能为空/,
      ],
      [
        'too many representatives',
        {
          groupSize: 50,
          petitioners: Array.from({ length: 6 }, (_, k) => ({
            name: '代表',
            idNumber: idNumber('110105', '19900101', 60 + k),
          })),
        },
        'petitioners[5].name',
        /最多 5 名/,
      ],
      [
        'more petitioners than persons',
        {
          petitioners: [1, 2].map((k) => ({
            name: '代表',
            idNumber: idNumber('110105', '19900101', 70 + k),
          })),
        },
        'groupSize',
        /少于填写的信访人数/,
      ],
      [
        'duplicate of another open case',
        () => ({ petitioners: [{ ...otherPerson }] }),
        'petitioners[0].idNumber',
        /已有案件 T-other/,
      ],
    ])('%s', async (_name, patch, column, message) => {
      const body = typeof patch === 'function' ? patch() : patch;
      const before = await caseRow(id);
      const res = await t.http
        .patch(url(id))
        .set(petition)
        .send({ version: before.version, ...body });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('INVALID_CASE');
      expect(res.body.field).toBe(res.body.errors[0].column);
      expect(res.body.errors).toContainEqual({
        row: null,
        column,
        message: expect.stringMatching(message),
      });
      expect(await caseRow(id)).toEqual(before);
    });

    it.each([
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['a wrong type', { groupSize: 'many' }, 'groupSize'],
      ['an unknown flag', { flags: { secret: true } }, 'flags.secret'],
      ['no version', { summary: 'x' }, 'version'],
      ['nothing to change', {}, 'version'],
    ])('refuses %s with a 400 naming it', async (_name, patch, field) => {
      const { version } = await caseRow(id);
      const body = field === 'version' && 'summary' in patch ? patch : { version, ...patch };
      const res = await t.http.patch(url(id)).set(petition).send(body);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
    });

    it('lets stored values stand that a new submission could not use any more', async () => {
      // The deadline passed and the required department was deactivated since submission.
      const housing = dept.get('市住房和城乡建设局')!;
      const stale = await submit({ departments: ['市住房和城乡建设局'] });
      await t.dataSource.query(
        'UPDATE priority_case SET receive_before = now()::date - 1, version = version + 1 WHERE id = $1',
        [stale],
      );
      await t.dataSource.query('UPDATE department SET active = false WHERE id = $1', [housing]);
      try {
        const res = await t.http
          .patch(url(stale))
          .set(petition)
          .send({ version: (await caseRow(stale)).version, summary: '补充情况' })
          .expect(200);
        expect(res.body.departmentIds).toEqual([housing]);
        // Naming the deactivated department anew is refused, as on submission.
        const again = await t.http
          .patch(url(stale))
          .set(petition)
          .send({ version: res.body.version, departments: ['市住房和城乡建设局'] });
        expect(again.status).toBe(422);
        expect(again.body.field).toBe('departments[0]');
      } finally {
        await t.dataSource.query('UPDATE department SET active = true WHERE id = $1', [housing]);
      }
    });
  });

  describe('who may edit', () => {
    it('refuses office, leaders and departments (403) and other units’ staff (404)', async () => {
      const id = await submit();
      const { version } = await caseRow(id);
      for (const user of ['office', 'leader12', 'education-liaison']) {
        const res = await t.http
          .patch(url(id))
          .set(await t.auth(user))
          .send({ version, summary: '越权修改' });
        expect(res.status).toBe(403);
      }
      // A county case, entered by an administrator: the city's petition bureau cannot reach it.
      const admin = await t.auth('admin');
      const county = await t.http
        .post(`/api/v1/priority-cases?unitId=${countyId}`)
        .set(admin)
        .send([caseInput({ petitioners: [person()] })])
        .expect(201);
      const countyCase = county.body.cases[0].id;
      const res = await t.http
        .patch(url(countyCase))
        .set(petition)
        .send({ version: 1, summary: '越权修改' });
      expect(res.status).toBe(404);
      await t.http
        .patch(url(countyCase))
        .set(admin)
        .send({ version: 1, summary: '管理员修改' })
        .expect(200);
      expect((await caseRow(id)).summary).toBe('测试案件');
    });

    it('lets 政法委 edit a case of the unit without changing who submitted it', async () => {
      const id = await submit();
      const res = await t.http
        .patch(url(id))
        .set(await t.auth('politics'))
        .send({ version: (await caseRow(id)).version, risk: '红' })
        .expect(200);
      expect(res.body).toMatchObject({ submittedBy: 'petition', risk: 'red' });
    });
  });

  it('refuses a stale version (409) and changes nothing', async () => {
    const id = await submit();
    const { version } = await caseRow(id);
    await t.http.patch(url(id)).set(petition).send({ version, risk: '蓝' }).expect(200);
    const res = await t.http.patch(url(id)).set(petition).send({ version, risk: '红' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(res.body.message).toContain('已被他人修改');
    expect((await caseRow(id)).risk).toBe('blue');
  });

  it('refuses to edit a closed case (409)', async () => {
    const id = await submit();
    const closed = await t.http
      .post(`${url(id)}/close`)
      .set(petition)
      .send({ reason: '已化解' })
      .expect(200);
    const res = await t.http
      .patch(url(id))
      .set(petition)
      .send({ version: closed.body.version, summary: '办结后修改' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CASE_CLOSED');
    expect((await caseRow(id)).summary).toBe('测试案件');
  });

  describe('open appointments after an edit', () => {
    it('a new category the leader does not cover sends the booking back to "proposed", flagged', async () => {
      const { caseId, appointment } = await booked('AP-subject');
      const invitations = await t.dataSource.query(
        'SELECT status FROM notification WHERE source = $1',
        [`appointment:${appointment.id}`],
      );
      expect(invitations.length).toBeGreaterThan(0);
      expect(invitations.every((n: { status: string }) => n.status === 'planned')).toBe(true);
      const revision = await feedRevision();

      const res = await t.http
        .patch(url(caseId))
        .set(petition)
        .send({ version: (await caseRow(caseId)).version, subject: '卫生健康' })
        .expect(200);
      expect(res.body.status).toBe('proposed');
      expect(res.body.appointmentEffects).toEqual([
        {
          appointmentId: appointment.id,
          action: 'flagged',
          reasons: expect.arrayContaining([expect.stringMatching(/分管领域不包括/)]),
        },
      ]);
      const a = await appointmentRow(appointment.id);
      expect(a).toMatchObject({ status: 'proposed', flagged: true, slot_start: null });
      expect(a.note).toMatch(/案件修改后.*分管领域不包括.*请重新安排/);
      // The 卫生健康 departments replace 住建局 on the invitation list.
      expect(a.department_ids).toContain(dept.get('市卫生健康委员会'));
      expect(a.department_ids).not.toContain(dept.get('市住房和城乡建设局'));
      // Pending invitations are withdrawn; feeds rebuild; the leader's reminder drops the code.
      const after = await t.dataSource.query('SELECT status FROM notification WHERE source = $1', [
        `appointment:${appointment.id}`,
      ]);
      expect(after.every((n: { status: string }) => n.status === 'cancelled')).toBe(true);
      expect(await feedRevision()).toBeGreaterThan(revision);
      const reminders: Array<{ body: string }> = await t.dataSource.query(
        "SELECT body FROM notification WHERE source = $1 AND status = 'planned'",
        [`duty:${appointment.date}:AM:${appointment.leaderId}`],
      );
      expect(reminders.length).toBeGreaterThan(0);
      for (const r of reminders) expect(r.body).not.toContain('AP-subject');
      // Accepting it again is refused: the leader still does not cover the category.
      const accept = await t.http
        .post(`/api/v1/appointments/${appointment.id}/accept`)
        .set(office)
        .send({});
      expect(accept.body.code).toBe('LEADER_NOT_ELIGIBLE');

      const audit = (await edits(caseId)).at(-1)!;
      expect(audit.detail.values.subjectCode).toEqual({ from: 'urban_construction', to: 'health' });
      expect(audit.detail.appointments).toEqual(res.body.appointmentEffects);
    });

    it('a deadline moved before the session flags it; so does a change of required departments', async () => {
      const late = await booked('AP-deadline', { receiveBefore: day(25) });
      const edit = await t.http
        .patch(url(late.caseId))
        .set(petition)
        .send({
          version: (await caseRow(late.caseId)).version,
          receiveBefore: late.appointment.date,
        })
        .expect(200);
      expect(edit.body.appointmentEffects[0].reasons).toEqual([
        `场次不早于修改后的约访截止日期 ${late.appointment.date}`,
      ]);
      expect((await appointmentRow(late.appointment.id)).status).toBe('proposed');

      const deps = await booked('AP-departments');
      const transport = dept.get('市交通运输局')!;
      const res = await t.http
        .patch(url(deps.caseId))
        .set(petition)
        .send({ version: (await caseRow(deps.caseId)).version, departments: ['市交通运输局'] })
        .expect(200);
      expect(res.body.appointmentEffects[0].reasons).toEqual(['须参加的部门已变更']);
      const a = await appointmentRow(deps.appointment.id);
      expect(a).toMatchObject({ status: 'proposed', flagged: true });
      expect(a.department_ids.sort()).toEqual([transport, dept.get('市住房和城乡建设局')].sort());
      // Still the right leader and deadline: staff can confirm it again, inviting the new list.
      const again = await t.http
        .post(`/api/v1/appointments/${deps.appointment.id}/accept`)
        .set(office)
        .send({})
        .expect(200);
      expect(again.body).toMatchObject({ status: 'scheduled', flagged: false });
      const invited: Array<{ recipient_key: string }> = await t.dataSource.query(
        "SELECT recipient_key FROM notification WHERE source = $1 AND status = 'planned'",
        [`appointment:${deps.appointment.id}`],
      );
      expect(invited.map((n) => n.recipient_key)).toContain(`department:${transport}`);
    });

    it('an edit that does not touch matching keeps the booking as it is', async () => {
      const { caseId, appointment } = await booked('AP-keep');
      const before = await appointmentRow(appointment.id);
      // Even with the leader gone since: a leaving leader is the roster amendment's business.
      await t.dataSource.query('UPDATE leader SET active = false WHERE id = $1', [
        appointment.leaderId,
      ]);
      try {
        const res = await t.http
          .patch(url(caseId))
          .set(petition)
          .send({
            version: (await caseRow(caseId)).version,
            risk: '红',
            groupSize: 3,
            summary: '补充：涉及三户',
            previousLeader: 'L02',
          })
          .expect(200);
        expect(res.body.appointmentEffects).toEqual([]);
        expect(res.body.status).toBe('scheduled');
        expect(await appointmentRow(appointment.id)).toEqual(before);
      } finally {
        await t.dataSource.query('UPDATE leader SET active = true WHERE id = $1', [
          appointment.leaderId,
        ]);
      }
    });

    it('a new case code reaches the pending invitations of a booking that still fits', async () => {
      const { caseId, appointment } = await booked('AP-old-code');
      await t.http
        .patch(url(caseId))
        .set(petition)
        .send({ version: (await caseRow(caseId)).version, reference: 'AP-new-code' })
        .expect(200);
      const rows: Array<{ body: string }> = await t.dataSource.query(
        "SELECT body FROM notification WHERE source = $1 AND status = 'planned'",
        [`appointment:${appointment.id}`],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.body).toContain('AP-new-code');
        expect(r.body).not.toContain('AP-old-code');
      }
      expect((await appointmentRow(appointment.id)).status).toBe('scheduled');
    });

    it('an accusation (检举控告) loses every open appointment and disappears from office view', async () => {
      const { caseId, appointment } = await booked('AP-accusation');
      const res = await t.http
        .patch(url(caseId))
        .set(petition)
        .send({ version: (await caseRow(caseId)).version, flags: { accusation: true } })
        .expect(200);
      expect(res.body).toMatchObject({ routing: 'restricted', status: 'pending' });
      expect(res.body.appointmentEffects).toEqual([
        {
          appointmentId: appointment.id,
          action: 'cancelled',
          reasons: [expect.stringMatching(/不公开/)],
        },
      ]);
      expect((await appointmentRow(appointment.id)).status).toBe('cancelled');
      const pending = await t.dataSource.query(
        "SELECT count(*)::int AS n FROM notification WHERE source = $1 AND status = 'planned'",
        [`appointment:${appointment.id}`],
      );
      expect(pending[0].n).toBe(0);
      await t.http.get(url(caseId)).set(office).expect(404);
      const list = await t.http
        .get(`/api/v1/units/${cityId}/appointments?month=${month}`)
        .set(office)
        .expect(200);
      expect(JSON.stringify(list.body)).not.toContain('AP-accusation');
      // Matching never picks it up again.
      const match = await t.http
        .post(`/api/v1/units/${cityId}/appointments/match`)
        .set(office)
        .send({ month })
        .expect(200);
      expect(JSON.stringify(match.body)).not.toContain('AP-accusation');
    });
  });

  it('lets an acceptance and a close of the same case wait for each other, never deadlock', async () => {
    // Accepting locks through the appointment, closing through the case: both now take the case
    // first. Each round races the two; the close always wins in the end.
    for (let round = 1; round <= 4; round++) {
      const reference = `AP-race-${round}`;
      const caseId = await submit({ reference, subject: '城乡建设', receiveBefore: day(25) });
      const match = await t.http
        .post(`/api/v1/units/${cityId}/appointments/match`)
        .set(office)
        .send({ month })
        .expect(200);
      const proposal = match.body.proposals.find(
        (p: { caseReference: string }) => p.caseReference === reference,
      );
      expect(proposal).toBeDefined();
      const [accept, close] = await Promise.all([
        t.http
          .post(`/api/v1/appointments/${proposal.id}/accept`)
          .set(office)
          .send({ version: proposal.version }),
        t.http
          .post(`${url(caseId)}/close`)
          .set(petition)
          .send({ reason: '已化解' }),
      ]);
      expect(close.status).toBe(200);
      // Accepted first, or refused because the close had already withdrawn (and so changed) the
      // proposal; never the 409 CONFLICT a deadlock abort is answered with.
      if (accept.status !== 200) {
        expect(accept.status).toBe(409);
        expect(['VERSION_CONFLICT', 'INVALID_TRANSITION']).toContain(accept.body.code);
      }
      expect((await caseRow(caseId)).status).toBe('closed');
      expect((await appointmentRow(proposal.id)).status).toBe('cancelled');
    }
  });
});
