import { caseInput, deadlineAfter } from './fixtures/appointments/cases.js';
import { publishedMonth } from './fixtures/published-month.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Duty {
  id: string;
  date: string;
  session: 'AM' | 'PM' | 'CALL';
  leaderId: string;
}

/**
 * Leave and swap requests end to end: a leader's account asks, the other leader accepts a swap,
 * 两办 approve; the roster's next version is published with the request as its reason, and the
 * feeds, reminders and notices follow. Dates are fixed with the service clock (September 2026,
 * planned on 20 August), so the test means the same a year ahead.
 */
describe('duty requests: leave and swap after publication', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let unitId: string;
  let rosterId: string;
  let duties: Duty[];
  /** Leader id → the login of its account (leader or secretary). */
  let account: Map<string, string>;

  const as = async (leaderId: string) => t.auth(account.get(leaderId)!);
  const feedOf = async (leaderId: string) => {
    const admin = await t.auth('admin');
    const link = await t.http.get(`/api/v1/leaders/${leaderId}/feed`).set(admin).expect(200);
    const path = new URL(link.body.url).pathname;
    return (await t.http.get(path).expect(200)).text;
  };
  const eventOf = (ics: string, assignmentId: string) =>
    ics
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .find((e) => e.includes(`UID:${assignmentId}@reception-roster`));
  const reload = async () => {
    const res = await t.http.get(`/api/v1/rosters/${rosterId}`).set(office).expect(200);
    duties = res.body.assignments;
    return res.body as { publishedVersion: number; assignments: Duty[] };
  };
  /** Sessions (not on-call days) of leaders with an account, later than `after`. */
  const sessionsWithAccounts = (after = '') =>
    duties.filter((d) => d.session !== 'CALL' && account.has(d.leaderId) && d.date > after);

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-08-20T09:00:00+08:00'));
    office = await t.auth('office');
    ({ unitId, rosterId, accounts: account } = await publishedMonth(t, office, '2026-09'));
    await reload();
  });
  afterAll(() => t.close());

  it('a leave request: asked by the leader, approved with the first proposal, published as version 2', async () => {
    const duty = sessionsWithAccounts('2026-09-07')[0];
    const me = await as(duty.leaderId);
    const stranger = await as([...account.keys()].find((id) => id !== duty.leaderId)!);

    // Another leader's account may not ask this duty off; bad input names its field.
    const body = {
      kind: 'leave',
      assignmentId: duty.id,
      reasonKind: 'meeting',
      reasonText: '市委常委会',
    };
    await t.http.post('/api/v1/duty-requests').set(stranger).send(body).expect(403);
    const bad = await t.http
      .post('/api/v1/duty-requests')
      .set(me)
      .send({ ...body, reasonKind: 'holiday' })
      .expect(400);
    expect(bad.body.field).toBe('reasonKind');

    const asked = await t.http.post('/api/v1/duty-requests').set(me).send(body).expect(201);
    expect(asked.body).toMatchObject({
      status: 'requested',
      kind: 'leave',
      leaderId: duty.leaderId,
    });
    const id = asked.body.id as string;
    // One open request per duty.
    await t.http.post('/api/v1/duty-requests').set(me).send(body).expect(409);

    // The requester and 两办 hear of it; 两办 sees it pending; the other leader does not see it.
    const told: Array<{ recipient_key: string; body: string }> = await t.dataSource.query(
      "SELECT recipient_key, body FROM notification WHERE source = $1 AND rule = 'roster_request'",
      [`request:${id}:requested`],
    );
    expect(told.map((n) => n.recipient_key)).toEqual(
      expect.arrayContaining([`leader:${duty.leaderId}`, 'office:1']),
    );
    expect(told.find((n) => n.recipient_key === 'office:1')!.body).toContain('市委常委会');
    const pending = await t.http
      .get(`/api/v1/units/${unitId}/duty-requests`)
      .set(office)
      .expect(200);
    expect(pending.body.map((r: { id: string }) => r.id)).toContain(id);
    const theirs = await t.http
      .get(`/api/v1/units/${unitId}/duty-requests`)
      .set(stranger)
      .expect(200);
    expect(theirs.body.map((r: { id: string }) => r.id)).not.toContain(id);
    await t.http.get(`/api/v1/duty-requests/${id}`).set(stranger).expect(404);

    // A leader cannot approve, nor accept a leave.
    await t.http.post(`/api/v1/duty-requests/${id}/approve`).set(me).send({}).expect(403);
    await t.http.post(`/api/v1/duty-requests/${id}/accept`).set(me).expect(403);

    const proposals = await t.http
      .get(`/api/v1/duty-requests/${id}/substitutes`)
      .set(office)
      .expect(200);
    expect(proposals.body.options.length).toBeGreaterThan(0);
    const substitute = proposals.body.options[0].leaderId as string;
    expect(substitute).not.toBe(duty.leaderId);

    const noPick = await t.http.post(`/api/v1/duty-requests/${id}/approve`).set(office).send({});
    expect(noPick.status).toBe(400);
    expect(noPick.body.field).toBe('substituteLeaderId');

    const requesterFeedBefore = await feedOf(duty.leaderId);
    const before = eventOf(requesterFeedBefore, duty.id)!;
    expect(before).toBeDefined();
    const sequenceBefore = Number(/SEQUENCE:(\d+)/.exec(before)![1]);

    const approved = await t.http
      .post(`/api/v1/duty-requests/${id}/approve`)
      .set(office)
      .send({ substituteLeaderId: substitute })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      substituteLeaderId: substitute,
      publishedVersion: 2,
    });
    expect(approved.body.steps.map((s: { status: string }) => s.status)).toEqual([
      'requested',
      'approved',
    ]);

    // Version 2, with the request as its reason; the duty kept its id and changed hands.
    const versions = await t.http
      .get(`/api/v1/rosters/${rosterId}/versions`)
      .set(office)
      .expect(200);
    expect(versions.body.at(-1).number).toBe(2);
    expect(versions.body.at(-1).reason).toContain('请假申请');
    expect(versions.body.at(-1).reason).toContain('市委常委会');
    expect(versions.body.at(-1).changes).toEqual(
      expect.arrayContaining([
        { change: 'removed', date: duty.date, session: duty.session, leaderId: duty.leaderId },
        { change: 'added', date: duty.date, session: duty.session, leaderId: substitute },
      ]),
    );
    const roster = await reload();
    expect(roster.publishedVersion).toBe(2);
    expect(roster.assignments.find((a) => a.id === duty.id)!.leaderId).toBe(substitute);

    // Feeds: the duty left the requester's feed and is in the substitute's, SEQUENCE raised.
    expect(eventOf(await feedOf(duty.leaderId), duty.id)).toBeUndefined();
    const after = eventOf(await feedOf(substitute), duty.id)!;
    expect(after).toBeDefined();
    expect(Number(/SEQUENCE:(\d+)/.exec(after)![1])).toBeGreaterThan(sequenceBefore);

    // Notifications: change notices to both leaders, the outcome to requester and substitute.
    const changes: Array<{ recipient_key: string }> = await t.dataSource.query(
      "SELECT recipient_key FROM notification WHERE source = $1 AND rule = 'duty_change'",
      [`roster:${rosterId}:v2`],
    );
    expect(changes.map((c) => c.recipient_key)).toEqual(
      expect.arrayContaining([`leader:${duty.leaderId}`, `leader:${substitute}`]),
    );
    const outcome: Array<{ recipient_key: string }> = await t.dataSource.query(
      'SELECT recipient_key FROM notification WHERE source = $1',
      [`request:${id}:approved`],
    );
    expect(outcome.map((c) => c.recipient_key)).toEqual(
      expect.arrayContaining([`leader:${duty.leaderId}`, `leader:${substitute}`]),
    );
    // The substitute's reminders replace the requester's.
    const reminders: Array<{ recipient_key: string; status: string }> = await t.dataSource.query(
      "SELECT recipient_key, status FROM notification WHERE rule = 'duty_day_before' AND ref->>'date' = $1 AND ref->>'session' = $2 AND recipient_key LIKE 'leader:%'",
      [duty.date, duty.session],
    );
    expect(reminders.filter((r) => r.status === 'planned').map((r) => r.recipient_key)).toEqual([
      `leader:${substitute}`,
    ]);

    // Every step is in the audit log; a closed request takes no further step.
    const audit: Array<{ action: string }> = await t.dataSource.query(
      "SELECT action FROM audit_log WHERE entity_type = 'duty_request' AND entity_id = $1 ORDER BY id",
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(['duty-request.requested', 'duty-request.approved']);
    await t.http.post(`/api/v1/duty-requests/${id}/withdraw`).set(me).expect(409);
  });

  it('a swap: the other leader accepts, 两办 approve, the two duties trade leaders in version 3', async () => {
    const [mine, theirs] = (() => {
      const list = sessionsWithAccounts('2026-09-14');
      const a = list[0];
      const b = list.find((d) => d.leaderId !== a.leaderId && d.date !== a.date)!;
      return [a, b];
    })();
    const me = await as(mine.leaderId);
    const other = await as(theirs.leaderId);
    const asked = await t.http
      .post('/api/v1/duty-requests')
      .set(me)
      .send({
        kind: 'swap',
        assignmentId: mine.id,
        otherAssignmentId: theirs.id,
        reasonKind: 'trip',
      })
      .expect(201);
    const id = asked.body.id as string;
    // 两办 cannot approve before the other leader agreed; only the other leader may accept.
    await t.http.post(`/api/v1/duty-requests/${id}/approve`).set(office).send({}).expect(409);
    await t.http.post(`/api/v1/duty-requests/${id}/accept`).set(me).expect(403);
    const told: Array<{ recipient_key: string }> = await t.dataSource.query(
      'SELECT recipient_key FROM notification WHERE source = $1',
      [`request:${id}:requested`],
    );
    expect(told.map((n) => n.recipient_key)).toContain(`leader:${theirs.leaderId}`);

    const accepted = await t.http.post(`/api/v1/duty-requests/${id}/accept`).set(other).expect(200);
    expect(accepted.body.status).toBe('accepted');
    const approved = await t.http
      .post(`/api/v1/duty-requests/${id}/approve`)
      .set(office)
      .send({})
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', publishedVersion: 3 });
    const roster = await reload();
    expect(roster.assignments.find((a) => a.id === mine.id)!.leaderId).toBe(theirs.leaderId);
    expect(roster.assignments.find((a) => a.id === theirs.id)!.leaderId).toBe(mine.leaderId);
    const versions = await t.http
      .get(`/api/v1/rosters/${rosterId}/versions`)
      .set(office)
      .expect(200);
    expect(versions.body.at(-1).reason).toContain('换班申请');
    expect(eventOf(await feedOf(mine.leaderId), theirs.id)).toBeDefined();
    expect(eventOf(await feedOf(mine.leaderId), mine.id)).toBeUndefined();
  });

  it('withdrawn and refused requests change nothing; a county office cannot see them', async () => {
    const [a, b] = sessionsWithAccounts('2026-09-20');
    const asked = await t.http
      .post('/api/v1/duty-requests')
      .set(await as(a.leaderId))
      .send({ kind: 'leave', assignmentId: a.id, reasonKind: 'official' })
      .expect(201);
    const withdrawn = await t.http
      .post(`/api/v1/duty-requests/${asked.body.id}/withdraw`)
      .set(await as(a.leaderId))
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const again = await t.http
      .post('/api/v1/duty-requests')
      .set(office)
      .send({ kind: 'leave', assignmentId: b.id, reasonKind: 'other', reasonText: '代为申请' })
      .expect(201);
    const refused = await t.http
      .post(`/api/v1/duty-requests/${again.body.id}/refuse`)
      .set(office)
      .send({ note: '当日无人可代' })
      .expect(200);
    expect(refused.body.status).toBe('refused');
    expect((await reload()).publishedVersion).toBe(3);

    const [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    const { AuthService } = await import('../src/auth/auth.service.js');
    const { TEST_DEMO_PASSWORD } = await import('./support/constants.js');
    await t.app.get(AuthService).createUsers([
      {
        username: 'county-office',
        displayName: '嵘城区两办',
        password: TEST_DEMO_PASSWORD,
        role: 'office',
        unitId: countyId,
      },
    ]);
    const county = await t.auth('county-office');
    await t.http.get(`/api/v1/duty-requests/${again.body.id}`).set(county).expect(403);
    await t.http.get(`/api/v1/units/${unitId}/duty-requests`).set(county).expect(403);
    await t.http
      .post('/api/v1/duty-requests')
      .set(county)
      .send({ kind: 'leave', assignmentId: b.id, reasonKind: 'other' })
      .expect(403);
  });

  it('appointments the substitute may receive stay with the duty; the others are re-proposed, with the next session shown', async () => {
    const duty = sessionsWithAccounts('2026-09-21').find((d) => d.date < '2026-09-24')!;
    const asked = await t.http
      .post('/api/v1/duty-requests')
      .set(await as(duty.leaderId))
      .send({ kind: 'leave', assignmentId: duty.id, reasonKind: 'official' })
      .expect(201);
    const id = asked.body.id as string;
    const first = await t.http
      .get(`/api/v1/duty-requests/${id}/substitutes`)
      .set(office)
      .expect(200);
    const substitute = first.body.options[0].leaderId as string;
    expect(first.body.options[0].appointments).toEqual({ stay: [], move: [] });

    // Two cases proposed on the duty: one the substitute's portfolio covers, one it does not.
    const subjects: Array<{ code: string; name: string }> = await t.dataSource.query(
      "SELECT code, name FROM subject WHERE code NOT IN ('politics_law', 'discipline_inspection')",
    );
    const portfolios: Array<{ id: string; portfolio_subjects: string[] }> =
      await t.dataSource.query(
        'SELECT id, portfolio_subjects FROM leader WHERE unit_id = $1 AND active',
        [unitId],
      );
    const covers = (leaderId: string, code: string) =>
      portfolios.find((l) => l.id === leaderId)!.portfolio_subjects.includes(code);
    const staying = subjects.find((s) => covers(substitute, s.code))!;
    const moving = subjects.find(
      (s) =>
        !covers(substitute, s.code) &&
        portfolios.some((l) => l.portfolio_subjects.includes(s.code)),
    )!;
    const petition = await t.auth('petition');
    const created = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([
        caseInput({
          reference: 'DR-STAY',
          subject: staying.name,
          receiveBefore: deadlineAfter('2026-12-31'),
        }),
        caseInput({
          reference: 'DR-MOVE',
          subject: moving.name,
          receiveBefore: deadlineAfter('2026-12-31'),
        }),
      ])
      .expect(201);
    const appointmentIds: Record<string, string> = {};
    for (const c of created.body.cases as Array<{ id: string; reference: string }>) {
      await t.dataSource.query("UPDATE priority_case SET status = 'proposed' WHERE id = $1", [
        c.id,
      ]);
      const [{ id: aid }] = await t.dataSource.query(
        `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, department_ids, status, month, version)
         VALUES ($1, $2, $3, $4, $5, '{}'::uuid[], 'proposed', $6, 1) RETURNING id`,
        [unitId, c.id, duty.leaderId, duty.date, duty.session, duty.date.slice(0, 7)],
      );
      appointmentIds[c.reference] = aid;
    }

    const proposals = await t.http
      .get(`/api/v1/duty-requests/${id}/substitutes`)
      .set(office)
      .expect(200);
    const option = proposals.body.options.find(
      (o: { leaderId: string }) => o.leaderId === substitute,
    );
    expect(option.appointments.stay).toEqual([{ caseCode: 'DR-STAY' }]);
    expect(option.appointments.move).toHaveLength(1);
    const move = option.appointments.move[0];
    expect(move.caseCode).toBe('DR-MOVE');
    if (move.next) {
      // The next published session after the duty, of a leader who covers the case.
      expect(move.next.date >= duty.date).toBe(true);
      expect(covers(move.next.leaderId, moving.code)).toBe(true);
    }
    // 两办 picking any leader see the same.
    const any = await t.http
      .get(`/api/v1/rosters/${rosterId}/assignments/${duty.id}/consequences?leaderId=${substitute}`)
      .set(office)
      .expect(200);
    expect(any.body.appointments).toEqual(option.appointments);

    await t.http
      .post(`/api/v1/duty-requests/${id}/approve`)
      .set(office)
      .send({ substituteLeaderId: substitute })
      .expect(200);
    const [stay] = await t.dataSource.query(
      'SELECT leader_id, status, flagged FROM appointment WHERE id = $1',
      [appointmentIds['DR-STAY']],
    );
    expect(stay).toMatchObject({ leader_id: substitute, status: 'proposed', flagged: false });
    const [moved] = await t.dataSource.query(
      'SELECT leader_id, status, flagged FROM appointment WHERE id = $1',
      [appointmentIds['DR-MOVE']],
    );
    expect(moved).toMatchObject({ leader_id: duty.leaderId, status: 'proposed', flagged: true });
  });

  it('two 两办 approving at once publish one version; bad input names its field', async () => {
    const duty = sessionsWithAccounts('2026-09-28')[0];
    const asked = await t.http
      .post('/api/v1/duty-requests')
      .set(office)
      .send({ kind: 'leave', assignmentId: duty.id, reasonKind: 'meeting' })
      .expect(201);
    const proposals = await t.http
      .get(`/api/v1/duty-requests/${asked.body.id}/substitutes`)
      .set(office)
      .expect(200);
    const [x, y] = proposals.body.options as Array<{ leaderId: string }>;
    const before = (await reload()).publishedVersion;
    const answers = await Promise.all(
      [x, y].map((o) =>
        t.http
          .post(`/api/v1/duty-requests/${asked.body.id}/approve`)
          .set(office)
          .send({ substituteLeaderId: o.leaderId }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await reload()).publishedVersion).toBe(before + 1);

    const bad = async (body: object, field: string) => {
      const res = await t.http.post('/api/v1/duty-requests').set(office).send(body).expect(400);
      expect(res.body.field).toBe(field);
    };
    await bad({ kind: 'leave', assignmentId: 'nope', reasonKind: 'meeting' }, 'assignmentId');
    await bad({ kind: 'swap', assignmentId: duty.id, reasonKind: 'meeting' }, 'otherAssignmentId');
    await bad({ kind: 'holiday', assignmentId: duty.id, reasonKind: 'meeting' }, 'kind');
    await bad(
      { kind: 'leave', assignmentId: duty.id, reasonKind: 'meeting', reasonText: 'x'.repeat(201) },
      'reasonText',
    );
    await t.http.post('/api/v1/duty-requests/not-a-uuid/approve').set(office).send({}).expect(400);
  });

  it('an open request expires the moment its session begins', async () => {
    const duty = sessionsWithAccounts('2026-09-24')[0];
    const asked = await t.http
      .post('/api/v1/duty-requests')
      .set(await as(duty.leaderId))
      .send({ kind: 'leave', assignmentId: duty.id, reasonKind: 'trip' })
      .expect(201);
    const start = duty.session === 'AM' ? '08:30' : '14:30';
    t.clock.set(new Date(`${duty.date}T${start}:00+08:00`));
    try {
      const res = await t.http
        .post(`/api/v1/duty-requests/${asked.body.id}/approve`)
        .set(office)
        .send({ substituteLeaderId: sessionsWithAccounts()[0].leaderId });
      expect(res.status).toBe(409);
      const got = await t.http
        .get(`/api/v1/duty-requests/${asked.body.id}`)
        .set(office)
        .expect(200);
      expect(got.body.status).toBe('expired');
      const all = await t.http
        .get(`/api/v1/units/${unitId}/duty-requests?status=all`)
        .set(office)
        .expect(200);
      expect(all.body.find((r: { id: string }) => r.id === asked.body.id).status).toBe('expired');
      // A begun session cannot be asked off at all.
      await t.http
        .post('/api/v1/duty-requests')
        .set(await as(duty.leaderId))
        .send({ kind: 'leave', assignmentId: duty.id, reasonKind: 'trip' })
        .expect(409);
    } finally {
      t.clock.set(new Date('2026-08-20T09:00:00+08:00'));
    }
  });
});
