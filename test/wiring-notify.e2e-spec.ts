import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { DigestPlanner } from '../src/notify/digest-planner.js';
import { RosterHooks, type PublishedDuty } from '../src/roster/roster-hooks.js';
import { caseInput, deadlineAfter, idNumber } from './fixtures/appointments/cases.js';
import { publishRosterWithHooks } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Notify ← appointments with the controllable clock: department invitations (on acceptance and
// the day before), the count and case codes in leaders' reminders and the petition bureau's
// digest, case clocks (60 days, +30 extended). The worker is off: rows are what is checked.

type Headers = { Authorization: string };

interface Row {
  id: string;
  source: string;
  rule: string;
  recipient_key: string;
  status: string;
  due_at: Date;
  subject: string;
  body: string;
  revision: number;
  ref: { notAfter?: string };
}

const PETITIONERS = [
  { name: '上官明月', phone: '13911112222', idNumber: idNumber('110105', '19720202', 881) },
  { name: '东方既白', phone: '13933334444', idNumber: idNumber('110105', '19730303', 882) },
  { name: '慕容秋水', phone: '13955556666', idNumber: idNumber('110105', '19740404', 883) },
];

const local = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(d);
const at = (iso: string) => new Date(`${iso}+08:00`);

describe('wiring: reminders and invitations from appointments', () => {
  let t: TestApp;
  let office: Headers;
  let clock: Clock;
  let unitId: string;
  let L12: string;
  const cases: Record<string, string> = {};
  const appointments: Record<string, { id: string; departmentIds: string[] }> = {};

  const rows = (where: string, params: unknown[]): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT * FROM notification WHERE ${where} ORDER BY rule, due_at, recipient_key`,
      params,
    );

  const publish = (month: string, duties: Array<{ date: string; session: 'AM' | 'PM' }>) =>
    publishRosterWithHooks(t, unitId, month, duties);

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    clock = t.app.get(Clock);
    office = await t.auth('office');
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: L12 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L12'");
    clock.set(at('2026-12-01T10:00'));
    // Tuesday 8 December, and Saturday 12 December (its "day before" is Friday 11).
    await publish('2026-12', [
      { date: '2026-12-08', session: 'AM' },
      { date: '2026-12-12', session: 'AM' },
    ]);
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(await t.auth('petition'))
      .send(
        ['WN-01', 'WN-02', 'WN-03'].map((reference, i) =>
          caseInput({
            reference,
            subject: '城乡建设',
            receiveBefore: deadlineAfter('2027-01-31'),
            petitioners: [PETITIONERS[i]],
          }),
        ),
      )
      .expect(201);
    for (const c of res.body.cases) cases[c.reference] = c.id;
    const match = await t.http
      .post(`/api/v1/units/${unitId}/appointments/match`)
      .set(office)
      .send({ month: '2026-12' })
      .expect(200);
    for (const p of match.body.proposals) appointments[p.caseReference] = p;
  });
  afterAll(() => t.close());

  async function place(ref: string, date: string) {
    await t.http
      .post(`/api/v1/appointments/${appointments[ref].id}/reassign`)
      .set(office)
      .send({ leaderId: L12, date, session: 'AM' })
      .expect(200);
    const res = await t.http
      .post(`/api/v1/appointments/${appointments[ref].id}/accept`)
      .set(office)
      .send({})
      .expect(200);
    appointments[ref] = res.body;
  }

  it('publication alone: the leader’s reminders say there is no appointment yet', async () => {
    const [dayBefore] = await rows(
      `source = $1 AND rule = 'duty_day_before' AND recipient_key = $2`,
      [`duty:2026-12-08:AM:${L12}`, `leader:${L12}`],
    );
    expect(local(dayBefore.due_at)).toBe('2026-12-07 16:00');
    expect(dayBefore.body).toContain('本场暂无约访');
  });

  it('accepting invites the departments now and the day before; the leader’s reminders carry count and codes', async () => {
    await place('WN-01', '2026-12-08');
    const a = appointments['WN-01'];
    expect(a.departmentIds.length).toBeGreaterThan(0);
    const keys = a.departmentIds.map((id) => `department:${id}`).sort();

    const now = await rows('source = $1', [`appointment:${a.id}`]);
    expect(now.map((r) => [r.rule, r.recipient_key, local(r.due_at), r.status])).toEqual(
      keys.map((k) => ['department_invitation', k, '2026-12-01 10:00', 'planned']),
    );
    expect(now[0].subject).toBe('接访会商邀请：12月8日（星期二）上午');
    expect(now[0].body).toContain('12月8日（星期二）上午 08:30—11:30');
    expect(now[0].body).toContain('涉及约访 1 件（案件编号 WN-01）');
    expect(now[0].body).toMatch(/到市群众来访接待中心.*参加领导接访会商/);
    // Not sent late: the worker drops an invitation still unsent when the session begins.
    expect(now[0].ref.notAfter).toBe(new Date('2026-12-08T08:30:00+08:00').toISOString());

    const dayBefore = await rows('source = $1', [`invitation:2026-12-08:AM:${L12}`]);
    expect(dayBefore.map((r) => [r.rule, r.recipient_key, local(r.due_at)])).toEqual(
      keys.map((k) => ['department_day_before', k, '2026-12-07 16:00']),
    );

    const leader = await rows(`source = $1 AND recipient_key = $2`, [
      `duty:2026-12-08:AM:${L12}`,
      `leader:${L12}`,
    ]);
    expect(leader.map((r) => r.rule)).toEqual(['duty_day_before', 'duty_same_morning']);
    for (const r of leader) {
      expect(r.body).toContain('本场已安排约访 1 件（案件编号 WN-01）');
      expect(r.revision).toBe(2); // re-planned, not duplicated
      expect(r.status).toBe('planned');
    }
  });

  it('a second case the same morning: the day-before invitation lists both; quiet hours delay the new one', async () => {
    clock.set(at('2026-12-01T23:00'));
    await place('WN-02', '2026-12-08');
    const [first] = await rows('source = $1', [`appointment:${appointments['WN-02'].id}`]);
    expect(local(first.due_at)).toBe('2026-12-02 07:00');
    const dayBefore = await rows('source = $1', [`invitation:2026-12-08:AM:${L12}`]);
    expect(dayBefore.length).toBeGreaterThan(0);
    for (const r of dayBefore) {
      expect(r.body).toContain('涉及约访 2 件（案件编号 WN-01、WN-02）');
      expect(r.status).toBe('planned');
    }
    const [leader] = await rows(`source = $1 AND rule = 'duty_day_before' AND recipient_key = $2`, [
      `duty:2026-12-08:AM:${L12}`,
      `leader:${L12}`,
    ]);
    expect(leader.body).toContain('本场已安排约访 2 件（案件编号 WN-01、WN-02）');
  });

  it('a Saturday session: the departments hear on Friday, the last working day before', async () => {
    clock.set(at('2026-12-02T09:00'));
    await place('WN-03', '2026-12-12');
    const dayBefore = await rows('source = $1', [`invitation:2026-12-12:AM:${L12}`]);
    expect(dayBefore.length).toBeGreaterThan(0);
    for (const r of dayBefore) expect(local(r.due_at)).toBe('2026-12-11 16:00');
  });

  it('the petition bureau’s digest counts the day’s appointments', async () => {
    clock.set(at('2026-12-08T06:00'));
    const digests = await t.app.get(DigestPlanner).digestsFor(unitId);
    const today = digests.find((d) => d.source === 'digest:2026-12-08')!;
    expect(today.body).toContain('已约访 2 件');
    expect(today.body).not.toContain('WN-01'); // the digest gives the count only
  });

  it('postponing cancels the pending invitation and updates the others', async () => {
    clock.set(at('2026-12-02T11:00'));
    await t.http
      .post(`/api/v1/appointments/${appointments['WN-02'].id}/postpone`)
      .set(office)
      .send({ reason: '信访人住院' })
      .expect(200);
    const gone = await rows('source = $1', [`appointment:${appointments['WN-02'].id}`]);
    expect(gone.map((r) => r.status)).toEqual(gone.map(() => 'cancelled'));
    for (const r of await rows('source = $1', [`invitation:2026-12-08:AM:${L12}`])) {
      expect(r.body).toContain('涉及约访 1 件（案件编号 WN-01）');
    }
    const [leader] = await rows(`source = $1 AND rule = 'duty_day_before' AND recipient_key = $2`, [
      `duty:2026-12-08:AM:${L12}`,
      `leader:${L12}`,
    ]);
    expect(leader.body).toContain('本场已安排约访 1 件（案件编号 WN-01）');
  });

  it('case clock: 7 days before the 60-day limit, moved to 90 days by an extension, stopped when closed', async () => {
    // A session already held (20 November), booked and then received.
    clock.set(at('2026-11-25T10:00'));
    await publish('2026-11', [{ date: '2026-11-20', session: 'AM' }]);
    const [department] = appointments['WN-01'].departmentIds;
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(await t.auth('petition'))
      .send([
        caseInput({
          reference: 'WN-04',
          subject: '城乡建设',
          receiveBefore: deadlineAfter('2027-01-31'),
        }),
      ])
      .expect(201);
    const caseId = res.body.cases[0].id as string;
    await t.dataSource.query("UPDATE priority_case SET status = 'proposed' WHERE id = $1", [
      caseId,
    ]);
    const [{ id: appointmentId }] = await t.dataSource.query(
      `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, department_ids, status, month, version)
       VALUES ($1, $2, $3, '2026-11-20', 'AM', ARRAY[$4]::uuid[], 'proposed', '2026-11', 1) RETURNING id`,
      [unitId, caseId, L12, department],
    );
    await t.http
      .post(`/api/v1/appointments/${appointmentId}/accept`)
      .set(office)
      .send({})
      .expect(200);
    // The session has begun: nobody is invited to it any more.
    expect(await rows('source = $1', [`appointment:${appointmentId}`])).toEqual([]);

    const record = await t.http
      .post(`/api/v1/appointments/${appointmentId}/reception`)
      .set(office)
      .send({ persons: 3, outcome: 'assigned', handlingDepartmentId: department })
      .expect(201);
    expect(record.body.dueDate).toBe('2027-01-19');
    const clocks = await rows('source = $1', [`case:${caseId}`]);
    expect(clocks.map((r) => [r.rule, r.recipient_key, local(r.due_at)])).toEqual([
      ['case_clock', `department:${department}`, '2027-01-12 09:00'],
      ['case_clock', 'petition:1', '2027-01-12 09:00'],
    ]);
    expect(clocks[0].subject).toBe('信访事项办理期限提醒：WN-04');
    expect(clocks[0].body).toContain('办理期限为1月19日（星期二），距今还有 7 天');

    clock.set(at('2027-01-05T10:00'));
    await t.http
      .post(`/api/v1/reception-records/${record.body.id}/extend`)
      .set(office)
      .send({ reason: '涉及多部门，需延期办理' })
      .expect(200);
    const extended = await rows('source = $1', [`case:${caseId}`]);
    expect(extended.map((r) => [local(r.due_at), r.revision, r.status])).toEqual([
      ['2027-02-11 09:00', 2, 'planned'],
      ['2027-02-11 09:00', 2, 'planned'],
    ]);
    expect(extended[0].body).toContain('办理期限为2月18日（星期四）');

    await t.http
      .post(`/api/v1/priority-cases/${caseId}/close`)
      .set(await t.auth('petition'))
      .send({ reason: '已办结答复' })
      .expect(200);
    const closed = await rows('source = $1', [`case:${caseId}`]);
    expect(closed.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('closing a case with a booked appointment withdraws it and its invitations', async () => {
    clock.set(at('2026-12-02T12:00'));
    await t.http
      .post(`/api/v1/priority-cases/${cases['WN-03']}/close`)
      .set(await t.auth('petition'))
      .send({ reason: '信访人撤回' })
      .expect(200);
    const [{ status }] = await t.dataSource.query('SELECT status FROM appointment WHERE id = $1', [
      appointments['WN-03'].id,
    ]);
    expect(status).toBe('cancelled');
    const left = await rows(`source IN ($1, $2) AND status <> 'cancelled'`, [
      `appointment:${appointments['WN-03'].id}`,
      `invitation:2026-12-12:AM:${L12}`,
    ]);
    expect(left).toEqual([]);
  });

  it('an amendment that removes the session sends the appointment back and cancels its invitations', async () => {
    clock.set(at('2026-12-03T10:00'));
    const [roster] = await t.dataSource.query(
      `SELECT r.id, v.duties FROM roster r JOIN roster_version v ON v.roster_id = r.id
        WHERE r.unit_id = $1 AND r.month = '2026-12' AND v.number = 1`,
      [unitId],
    );
    const kept = (roster.duties as PublishedDuty[]).filter((d) => d.date !== '2026-12-08');
    await t.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO roster_version (roster_id, number, published_at, published_by, published_by_name, duties, changes)
         SELECT $1, 2, now(), published_by, published_by_name, $2, '[]' FROM roster_version
          WHERE roster_id = $1 AND number = 1`,
        [roster.id, JSON.stringify(kept)],
      );
      await tx.query('UPDATE roster SET published_version = 2, version = 2 WHERE id = $1', [
        roster.id,
      ]);
      await t.app.get(RosterHooks).published(tx, {
        unitId,
        rosterId: roster.id,
        month: '2026-12',
        version: 2,
        duties: kept.map((d) => ({
          ...d,
          rosterId: roster.id,
          month: '2026-12',
          version: 2,
          updatedAt: new Date(d.updatedAt),
        })),
        changes: [{ change: 'removed', date: '2026-12-08', session: 'AM', leaderId: L12 }],
        byUserId: '00000000-0000-0000-0000-000000000000',
        reason: '领导出差',
      });
    });
    const [a] = await t.dataSource.query('SELECT status, flagged FROM appointment WHERE id = $1', [
      appointments['WN-01'].id,
    ]);
    expect(a).toEqual({ status: 'proposed', flagged: true });
    const pending = await rows(
      `(source IN ($1, $2) OR (source = $3 AND rule LIKE 'duty_%')) AND status NOT IN ('cancelled', 'sent')`,
      [
        `appointment:${appointments['WN-01'].id}`,
        `invitation:2026-12-08:AM:${L12}`,
        `duty:2026-12-08:AM:${L12}`,
      ],
    );
    expect(pending).toEqual([]);
  });

  it('no petitioner name, phone or ID number in any notification', async () => {
    const all: Array<{ t: string }> = await t.dataSource.query(
      'SELECT subject || body || ref::text || recipient::text AS t FROM notification',
    );
    expect(all.length).toBeGreaterThan(10);
    const text = all.map((r) => r.t).join('\n');
    for (const p of PETITIONERS) for (const v of Object.values(p)) expect(text).not.toContain(v);
    expect(text).not.toMatch(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/);
  });
});
