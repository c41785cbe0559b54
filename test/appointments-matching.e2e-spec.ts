import { DateTime } from 'luxon';
import { toMatchCase } from '../src/appointments/eligibility.js';
import { CasesService } from '../src/appointments/cases.service.js';
import { LeadersService } from '../src/org/leaders.service.js';
import { candidate, type MatchingProblem, pairWeight } from '../src/solver/matching/index.js';
import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { rolledDeadline } from './fixtures/appointments/deadlines.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Headers = { Authorization: string };

/** Best objective over every assignment (the test's own optimum). */
function bruteForce(p: MatchingProblem): number {
  const left = new Map(p.sessions.map((s) => [s.id, s.capacity]));
  const go = (i: number): number => {
    if (i === p.cases.length) return 0;
    let best = go(i + 1);
    for (const s of p.sessions) {
      if (!candidate(p.cases[i], s) || left.get(s.id)! <= 0) continue;
      left.set(s.id, left.get(s.id)! - 1);
      best = Math.max(best, pairWeight(p.cases[i], s) + go(i + 1));
      left.set(s.id, left.get(s.id)! + 1);
    }
    return best;
  };
  return go(0);
}

describe('priority appointments: matching and review', () => {
  let t: TestApp;
  let office: Headers;
  let cityId: string;
  const leader = new Map<string, string>();
  const month = today().plus({ months: 1 }).toFormat('yyyy-MM');
  const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
  const ref = new Map<string, string>();
  let seq = 0;
  const person = () => [{ name: '赵六', idNumber: idNumber('440103', '19700303', 900 + ++seq) }];

  beforeAll(async () => {
    // Two cases per session, so the housing cases compete for L12's one session.
    t = await startTestApp({ env: { APPOINTMENTS_PER_SESSION: '2' } });
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    // Nobody covers 军队事务 in this test city.
    await t.dataSource.query(
      "UPDATE leader SET portfolio_subjects = array_remove(portfolio_subjects, 'military_affairs')",
    );
    await publishRoster(t.dataSource, cityId, month, [
      { date: day(5), session: 'AM', leaderCode: 'L12' },
      { date: day(6), session: 'AM', leaderCode: 'L16' },
      { date: day(7), session: 'PM', leaderCode: 'L08' },
      { date: day(8), session: 'AM', leaderCode: 'L11' },
      { date: day(20), session: 'AM', leaderCode: 'L14' },
    ]);
    const cases = [
      caseInput({
        reference: 'H-red',
        subject: '城乡建设',
        risk: '红',
        groupSize: 126,
        repeatCount: 6,
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'H-orange',
        subject: '城乡建设',
        risk: '橙',
        groupSize: 15,
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'H-yellow',
        subject: '自然资源',
        risk: '黄',
        groupSize: 40,
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'H-blue',
        subject: '城乡建设',
        risk: '蓝',
        groupSize: 12,
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'Health-early',
        subject: '卫生健康',
        risk: '橙',
        receiveBefore: day(10),
        petitioners: person(),
      }),
      caseInput({
        reference: 'Law',
        subject: '劳动和社会保障',
        risk: '黄',
        flags: { lawRelated: true },
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'Labour',
        subject: '劳动社保',
        risk: '蓝',
        previousLeader: 'L16',
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'Army',
        subject: '军队事务',
        risk: '橙',
        receiveBefore: day(25),
        petitioners: person(),
      }),
      caseInput({
        reference: 'Secret',
        subject: '纪检监察',
        risk: '红',
        receiveBefore: null,
        petitioners: person(),
      }),
    ];
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(await t.auth('petition'))
      .send(cases)
      .expect(201);
    for (const c of res.body.cases) ref.set(c.reference, c.id);
  });
  afterAll(() => t.close());

  let outcome: {
    objective: number;
    proposals: Array<{
      id: string;
      caseReference: string;
      leaderId: string;
      date: string;
      session: string;
      score: number;
      departmentIds: string[];
      version: number;
    }>;
    unmatched: Array<{ caseReference: string; reason: string; message: string }>;
  };

  it('proposes the optimum and explains every case left over', async () => {
    const res = await t.http
      .post(`/api/v1/units/${cityId}/appointments/match`)
      .set(office)
      .send({ month })
      .expect(200);
    outcome = res.body;
    // The optimum, computed here by brute force from the same cases and sessions.
    const cases = await t.app.get(CasesService).matchable(cityId);
    expect(cases).toHaveLength(8); // the restricted case is never a candidate
    const leaders = await t.app.get(LeadersService).forUnit(cityId);
    const problem: MatchingProblem = {
      cases: cases.map((c) => toMatchCase(c, leaders, `${month}-01`)),
      sessions: [
        [day(5), 'AM', 'L12'],
        [day(6), 'AM', 'L16'],
        [day(7), 'PM', 'L08'],
        [day(8), 'AM', 'L11'],
        [day(20), 'AM', 'L14'],
      ].map(([date, session, code]) => ({
        id: `${date}|${session}|${leader.get(code)}`,
        leaderId: leader.get(code)!,
        date,
        capacity: 2,
      })),
    };
    expect(outcome.objective).toBe(bruteForce(problem));
    expect(outcome.proposals.reduce((s, p) => s + p.score, 0)).toBe(outcome.objective);

    const by = new Map(outcome.proposals.map((p) => [p.caseReference, p]));
    // L12's one session holds two: the red and orange housing cases; 自然资源 and blue lose.
    expect(by.get('H-red')).toMatchObject({
      leaderId: leader.get('L12'),
      date: day(5),
      session: 'AM',
    });
    expect(by.get('H-orange')).toMatchObject({ leaderId: leader.get('L12'), date: day(5) });
    // 涉法涉诉 goes to the 政法 pool (L08 or L11), never to the labour leader L16.
    expect([leader.get('L08'), leader.get('L11')]).toContain(by.get('Law')!.leaderId);
    expect(by.get('Labour')).toMatchObject({ leaderId: leader.get('L16'), date: day(6) });
    // Departments of the category are invited.
    const [{ id: housing }] = await t.dataSource.query(
      "SELECT id FROM department WHERE name = '市住房和城乡建设局'",
    );
    expect(by.get('H-red')!.departmentIds).toContain(housing);

    const why = Object.fromEntries(outcome.unmatched.map((u) => [u.caseReference, u.reason]));
    expect(why).toEqual({
      'H-yellow': 'capacity_full',
      'H-blue': 'capacity_full',
      'Health-early': 'no_session_before_deadline',
      Army: 'no_eligible_leader',
    });
    expect(outcome.unmatched.every((u) => u.message.length > 5)).toBe(true);
    expect(JSON.stringify(outcome)).not.toContain('Secret');

    const statuses = await t.dataSource.query(
      'SELECT reference, status, match_note FROM priority_case ORDER BY reference',
    );
    const status = Object.fromEntries(
      statuses.map((s: { reference: string; status: string }) => [s.reference, s.status]),
    );
    expect(status).toMatchObject({ 'H-red': 'proposed', 'H-blue': 'pending', Secret: 'pending' });
    expect(
      statuses.find((s: { reference: string }) => s.reference === 'Army').match_note.reason,
    ).toBe('no_eligible_leader');
  });

  it('accepts proposals into time slots of the session', async () => {
    const red = outcome.proposals.find((p) => p.caseReference === 'H-red')!;
    const orange = outcome.proposals.find((p) => p.caseReference === 'H-orange')!;
    const a = await t.http
      .post(`/api/v1/appointments/${red.id}/accept`)
      .set(office)
      .send({ version: red.version })
      .expect(200);
    expect(a.body).toMatchObject({ status: 'scheduled', slotStart: '08:30', slotEnd: '10:00' });
    const b = await t.http
      .post(`/api/v1/appointments/${orange.id}/accept`)
      .set(office)
      .send({})
      .expect(200);
    expect(b.body).toMatchObject({ status: 'scheduled', slotStart: '10:00', slotEnd: '11:30' });
    const [c] = await t.dataSource.query(
      "SELECT status FROM priority_case WHERE reference = 'H-red'",
    );
    expect(c.status).toBe('scheduled');
    // The leader now sees the case and the appointment, masked.
    const l12 = await t.auth('leader12');
    const list = await t.http.get(`/api/v1/units/${cityId}/appointments`).set(l12).expect(200);
    expect(list.body.map((x: { caseReference: string }) => x.caseReference).sort()).toEqual([
      'H-orange',
      'H-red',
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/赵六|440103/);
    // A stale version is refused.
    await t.http.post(`/api/v1/appointments/${red.id}/accept`).set(office).send({}).expect(409);
  });

  it('validates reassignments', async () => {
    const law = outcome.proposals.find((p) => p.caseReference === 'Law')!;
    const other =
      law.leaderId === leader.get('L08')
        ? { leaderId: leader.get('L11')!, date: day(8), session: 'AM' }
        : { leaderId: leader.get('L08')!, date: day(7), session: 'PM' };
    const bad = async (body: object, code: string) => {
      const res = await t.http
        .post(`/api/v1/appointments/${law.id}/reassign`)
        .set(office)
        .send(body);
      expect(res.body.code).toBe(code);
    };
    await bad({ leaderId: leader.get('L16'), date: day(6), session: 'AM' }, 'LEADER_NOT_ELIGIBLE');
    await bad({ ...other, date: day(9) }, 'NOT_A_PUBLISHED_SESSION');
    // L12's session is full (two scheduled) and L12 does not cover the case either: eligibility first.
    await bad({ leaderId: leader.get('L12'), date: day(5), session: 'AM' }, 'LEADER_NOT_ELIGIBLE');
    const hy = await t.http.get('/api/v1/priority-cases?limit=50').set(office);
    const yellowId = hy.body.items.find(
      (c: { reference: string }) => c.reference === 'H-yellow',
    ).id;
    expect(yellowId).toBeDefined();
    const res = await t.http
      .post(`/api/v1/appointments/${law.id}/reassign`)
      .set(office)
      .send(other)
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'proposed',
      leaderId: other.leaderId,
      date: other.date,
    });
  });

  it('re-matching keeps scheduled appointments and supersedes open proposals', async () => {
    // Re-match: scheduled appointments keep their places and fill L12's session.
    const res = await t.http
      .post(`/api/v1/units/${cityId}/appointments/match`)
      .set(office)
      .send({ month })
      .expect(200);
    const why = Object.fromEntries(
      res.body.unmatched.map((u: { caseReference: string; reason: string }) => [
        u.caseReference,
        u.reason,
      ]),
    );
    expect(why['H-yellow']).toBe('capacity_full');
    expect(res.body.proposals.map((p: { caseReference: string }) => p.caseReference)).not.toContain(
      'H-red',
    );
    const superseded = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM appointment WHERE status = 'superseded'",
    );
    expect(superseded[0].n).toBeGreaterThan(0);
  });

  it('postpones a proposal back to the pool', async () => {
    const [labour] = await t.dataSource.query(
      "SELECT a.id FROM appointment a JOIN priority_case c ON c.id = a.case_id WHERE c.reference = 'Labour' AND a.status = 'proposed'",
    );
    const res = await t.http
      .post(`/api/v1/appointments/${labour.id}/postpone`)
      .set(office)
      .send({ reason: '信访人近期住院' })
      .expect(200);
    expect(res.body.status).toBe('postponed');
    const [c] = await t.dataSource.query(
      "SELECT status FROM priority_case WHERE reference = 'Labour'",
    );
    expect(c.status).toBe('pending');
  });

  it('records receptions with the statutory due date and reports 批次 and 人次', async () => {
    // A reception already held: an appointment last week.
    const held = today().minus({ days: 7 }).toISODate()!;
    const [c] = await t.dataSource.query(
      "SELECT id FROM priority_case WHERE reference = 'H-yellow'",
    );
    await t.dataSource.query("UPDATE priority_case SET status = 'scheduled' WHERE id = $1", [c.id]);
    const [a] = await t.dataSource.query(
      `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, status, month, department_ids, version)
       VALUES ($1, $2, $3, $4, 'AM', 'scheduled', $5, '{}', 1) RETURNING id`,
      [cityId, c.id, leader.get('L12'), held, held.slice(0, 7)],
    );
    const [{ id: dept }] = await t.dataSource.query(
      "SELECT id FROM department WHERE name = '市自然资源和规划局'",
    );
    const rec = await t.http
      .post(`/api/v1/appointments/${a.id}/reception`)
      .set(office)
      .send({ persons: 5, batches: 1, outcome: 'assigned', handlingDepartmentId: dept })
      .expect(201);
    // 60 days (90 extended), rolled past a rest day: recomputed from the calendar.
    const counted = (n: number) => today().minus({ days: 7 }).plus({ days: n }).toISODate()!;
    expect(rec.body.dueDate).toBe(await rolledDeadline(t, office, cityId, counted(60)));
    expect(rec.body.nominalDueDate).toBe(counted(60));
    const ext = await t.http
      .post(`/api/v1/reception-records/${rec.body.id}/extend`)
      .set(office)
      .send({ reason: '涉及多部门' })
      .expect(200);
    expect(ext.body.dueDate).toBe(await rolledDeadline(t, office, cityId, counted(90)));
    await t.http
      .post(`/api/v1/reception-records/${rec.body.id}/extend`)
      .set(office)
      .send({ reason: '再延' })
      .expect(409);
    const [after] = await t.dataSource.query('SELECT status FROM priority_case WHERE id = $1', [
      c.id,
    ]);
    expect(after.status).toBe('received');
    // A future appointment cannot be recorded yet.
    const red = outcome.proposals.find((p) => p.caseReference === 'H-red')!;
    await t.http
      .post(`/api/v1/appointments/${red.id}/reception`)
      .set(office)
      .send({ persons: 5, outcome: 'resolved' })
      .expect(409);

    const year = Number(held.slice(0, 4));
    const fig = await t.http
      .get(`/api/v1/units/${cityId}/reception-figures?year=${year}`)
      .set(office)
      .expect(200);
    expect(fig.body.total).toEqual({ batches: 1, persons: 5 });
    expect(fig.body.byLeader).toEqual([
      expect.objectContaining({ code: 'L12', total: { batches: 1, persons: 5 } }),
    ]);
    expect(fig.body.byMonth[Number(held.slice(5, 7)) - 1]).toEqual({
      month: held.slice(0, 7),
      batches: 1,
      persons: 5,
    });
  });

  it('records a reception only once its time slot has begun, not merely on its day', async () => {
    const book = async (reference: string, at: ReturnType<typeof today>) => {
      const submitted = await t.http
        .post('/api/v1/priority-cases')
        .set(await t.auth('petition'))
        .send([caseInput({ reference, subject: '城乡建设', petitioners: person() })])
        .expect(201);
      const c = submitted.body.cases[0];
      await t.dataSource.query("UPDATE priority_case SET status = 'scheduled' WHERE id = $1", [
        c.id,
      ]);
      const date = at.toISODate()!;
      const [a] = await t.dataSource.query(
        `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, status, month, department_ids, version, slot_start, slot_end)
         VALUES ($1, $2, $3, $4, 'AM', 'scheduled', $5, '{}', 1, $6, $7) RETURNING id`,
        [
          cityId,
          c.id,
          leader.get('L12'),
          date,
          date.slice(0, 7),
          at.toFormat('HH:mm'),
          at.plus({ minutes: 30 }).toFormat('HH:mm'),
        ],
      );
      return a.id as string;
    };
    const now = DateTime.now().setZone('Asia/Shanghai');
    const soon = await book('H-soon', now.plus({ minutes: 5 }));
    const refused = await t.http
      .post(`/api/v1/appointments/${soon}/reception`)
      .set(office)
      .send({ persons: 1, outcome: 'resolved' })
      .expect(409);
    expect(refused.body.code).toBe('NOT_YET_HELD');
    const begun = await book('H-begun', now.minus({ minutes: 5 }));
    await t.http
      .post(`/api/v1/appointments/${begun}/reception`)
      .set(office)
      .send({ persons: 1, outcome: 'resolved' })
      .expect(201);
  });

  it('lets only staff match and review', async () => {
    for (const user of ['leader12', 'petition']) {
      const res = await t.http
        .post(`/api/v1/units/${cityId}/appointments/match`)
        .set(await t.auth(user))
        .send({ month });
      expect(res.status).toBe(user === 'petition' ? 200 : 403);
    }
  });
});
