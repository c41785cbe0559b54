import { DateTime } from 'luxon';
import { caseInput, today } from './fixtures/appointments/cases.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Attendance per duty (到岗 / 代班 / 缺席), only once the session has begun; figures per leader and
// month from the record; a reception record names the leader who actually sat.

type Headers = { Authorization: string };

describe('attendance', () => {
  let t: TestApp;
  let petition: Headers;
  let office: Headers;
  let cityId: string;
  const leader = new Map<string, string>();
  // The last day of one month and the first of the next, both past: a month boundary.
  const lastOfMonth = today().minus({ days: 40 }).endOf('month').startOf('day');
  const d1 = lastOfMonth.toISODate()!;
  const d2 = lastOfMonth.plus({ days: 1 }).toISODate()!;
  // A duty tomorrow: not begun.
  const future = today().plus({ days: 1 }).toISODate()!;

  const put = (h: Headers, body: Record<string, unknown>) =>
    t.http.put(`/api/v1/units/${cityId}/attendance`).set(h).send(body);

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    petition = await t.auth('petition');
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    const months = [...new Set([d1, d2, future].map((d) => d.slice(0, 7)))];
    const duties = [
      { date: d1, session: 'AM' as const, leaderCode: 'L12' },
      { date: d1, session: 'PM' as const, leaderCode: 'L13' },
      { date: d2, session: 'AM' as const, leaderCode: 'L12' },
      { date: d2, session: 'AM' as const, leaderCode: 'L14' },
      { date: d2, session: 'PM' as const, leaderCode: 'L15' },
      { date: future, session: 'PM' as const, leaderCode: 'L12' },
    ];
    for (const m of months) {
      await publishRoster(
        t.dataSource,
        cityId,
        m,
        duties.filter((d) => d.date.startsWith(m)),
      );
    }
    // L12 confirmed the d1 morning the day before (确认出席); L13 never confirmed theirs.
    await t.dataSource.query(
      `UPDATE roster_assignment SET confirmed_at = $1::date - 1, confirmed_via = 'page'
        WHERE date = $1 AND session = 'AM' AND leader_id = $2`,
      [d1, leader.get('L12')],
    );
  });
  afterAll(() => t.close());

  it('refuses a duty that has not begun, and accepts it the moment it begins', async () => {
    const begins = DateTime.fromISO(`${future}T14:30`, { zone: 'Asia/Shanghai' });
    const body = { date: future, session: 'PM', leaderId: leader.get('L12'), status: 'present' };
    const before = await put(petition, body).expect(409);
    expect(before.body.code).toBe('SESSION_NOT_BEGUN');
    t.clock.set(begins.minus({ seconds: 1 }).toJSDate());
    await put(petition, body).expect(409);
    t.clock.set(begins.toJSDate());
    const ok = await put(petition, body).expect(200);
    expect(ok.body).toMatchObject({ status: 'present', satLeaderName: '方筑安', begun: true });
    t.clock.reset();
    await t.dataSource.query('DELETE FROM duty_attendance WHERE date = $1', [future]);
  });

  it('names the field of every bad input', async () => {
    const base = { date: d1, session: 'AM', leaderId: leader.get('L12') };
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ ...base, status: 'substituted' }, 400, 'substituteLeaderId'],
      [{ ...base, status: 'absent' }, 400, 'reason'],
      [
        { ...base, status: 'present', substituteLeaderId: leader.get('L13') },
        400,
        'substituteLeaderId',
      ],
      [{ ...base, status: 'late' }, 400, 'status'],
      [{ ...base, session: 'EVENING', status: 'present' }, 400, 'session'],
      [{ ...base, date: '2026-02-30', status: 'present' }, 400, 'date'],
      [{ ...base, leaderId: 'nope', status: 'present' }, 400, 'leaderId'],
      [{ ...base, leaderId: leader.get('L13'), status: 'present' }, 422, 'leaderId'],
      [
        {
          ...base,
          status: 'substituted',
          substituteLeaderId: '00000000-0000-4000-8000-000000000000',
        },
        400,
        'substituteLeaderId',
      ],
      [{ ...base, status: 'present', extra: 1 }, 400, 'extra'],
      [{ ...base, status: 'absent', reason: 'a\u0000b' }, 400, 'reason'],
    ];
    for (const [body, status, field] of cases) {
      const res = await put(petition, body);
      expect([res.status, res.body.field]).toEqual([status, field]);
    }
    // A leader already on the session cannot be the substitute of another one on it.
    const both = await put(petition, {
      date: d2,
      session: 'AM',
      leaderId: leader.get('L12'),
      status: 'substituted',
      substituteLeaderId: leader.get('L14'),
    });
    expect([both.status, both.body.field]).toEqual([400, 'substituteLeaderId']);
    expect((await t.dataSource.query('SELECT count(*)::int n FROM duty_attendance'))[0].n).toBe(0);
  });

  it('is recorded by 信访局, not by 两办, and only within the own unit', async () => {
    const body = { date: d1, session: 'AM', leaderId: leader.get('L12'), status: 'present' };
    await put(office, body).expect(403);
    const [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    await t.http.put(`/api/v1/units/${countyId}/attendance`).set(petition).send(body).expect(403);
  });

  it('records, corrects, and counts per leader and month across a month end', async () => {
    await put(petition, {
      date: d1,
      session: 'AM',
      leaderId: leader.get('L12'),
      status: 'present',
    }).expect(200);
    // Corrected: L13 did not come in the afternoon, L16 sat in their place.
    await put(petition, {
      date: d1,
      session: 'PM',
      leaderId: leader.get('L13'),
      status: 'absent',
      reason: '临时会议',
    }).expect(200);
    const sub = await put(petition, {
      date: d1,
      session: 'PM',
      leaderId: leader.get('L13'),
      status: 'substituted',
      substituteLeaderId: leader.get('L16'),
      reason: '临时会议',
    }).expect(200);
    expect(sub.body).toMatchObject({ status: 'substituted', satLeaderId: leader.get('L16') });
    await put(petition, {
      date: d2,
      session: 'AM',
      leaderId: leader.get('L14'),
      status: 'absent',
      reason: '出差',
    }).expect(200);
    // d2 AM L12 and d2 PM L15 stay unrecorded.

    const month = await t.http
      .get(`/api/v1/units/${cityId}/attendance?month=${d1.slice(0, 7)}`)
      .set(office)
      .expect(200);
    expect(
      month.body
        .filter((d: { date: string }) => d.date === d1)
        .map((d: { session: string; status: string; satLeaderName: string | null }) => [
          d.session,
          d.status,
          d.satLeaderName,
        ]),
    ).toEqual([
      ['AM', 'present', '方筑安'],
      ['PM', 'substituted', expect.any(String)],
    ]);

    const figures = async (year: string) =>
      (
        await t.http
          .get(`/api/v1/units/${cityId}/attendance-figures?year=${year}`)
          .set(office)
          .expect(200)
      ).body.leaders as Array<{
        code: string;
        months: Array<Record<string, number | string | null>>;
      }>;
    const at = async (date: string, code: string) => {
      const l = (await figures(date.slice(0, 4))).find((x) => x.code === code)!;
      const c = { ...l.months.find((m) => m.month === date.slice(0, 7))! };
      delete c.month;
      return c;
    };
    expect(await at(d1, 'L12')).toEqual({
      planned: 1,
      confirmed: 1,
      sat: 1,
      substitutedOut: 0,
      substitutedIn: 0,
      absent: 0,
      unrecorded: 0,
    });
    expect(await at(d1, 'L13')).toMatchObject({
      planned: 1,
      confirmed: 0,
      sat: 0,
      substitutedOut: 1,
    });
    expect(await at(d1, 'L16')).toMatchObject({ planned: 0, sat: 1, substitutedIn: 1 });
    expect(await at(d2, 'L12')).toMatchObject({ planned: 1, sat: 0, unrecorded: 1 });
    expect(await at(d2, 'L14')).toMatchObject({ planned: 1, sat: 0, absent: 1 });
    // The not-yet-begun duty is planned but not counted before it begins.
    // (L12's begun duties in that month: d1 or d2 may share it.)
    const begunInMonth = [d1, d2].filter((d) => d.slice(0, 7) === future.slice(0, 7)).length;
    expect(await at(future, 'L12')).toMatchObject({ planned: begunInMonth });
  });

  /** A case submitted and booked with a leader on an afternoon slot; the appointment's id. */
  const booked = async (
    reference: string,
    leaderCode: string,
    date: string,
    slot: [string, string],
  ): Promise<{ id: string }> => {
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([caseInput({ reference })])
      .expect(201);
    const caseId = res.body.cases[0].id;
    await t.dataSource.query("UPDATE priority_case SET status = 'scheduled' WHERE id = $1", [
      caseId,
    ]);
    const [a] = await t.dataSource.query(
      `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, slot_start, slot_end,
         status, month, department_ids, version)
       VALUES ($1, $2, $3, $4, 'PM', $6, $7, 'scheduled', $5, '{}', 1) RETURNING id`,
      [cityId, caseId, leader.get(leaderCode), date, date.slice(0, 7), ...slot],
    );
    return a;
  };

  it('links a reception record to the leader who actually sat', async () => {
    const a = await booked('ATT-1', 'L13', d1, ['14:30', '15:30']);
    const rec = await t.http
      .post(`/api/v1/appointments/${a.id}/reception`)
      .set(petition)
      .send({ persons: 1, outcome: 'resolved' })
      .expect(201);
    expect(rec.body.leaderId).toBe(leader.get('L16'));

    // Attendance recorded after the reception re-links its record; corrected back, so is the record.
    const b = await booked('ATT-2', 'L15', d2, ['15:00', '16:00']);
    const first = await t.http
      .post(`/api/v1/appointments/${b.id}/reception`)
      .set(petition)
      .send({ persons: 2, outcome: 'resolved' })
      .expect(201);
    expect(first.body.leaderId).toBe(leader.get('L15'));
    const recordLeader = async () =>
      (
        await t.dataSource.query('SELECT leader_id FROM reception_record WHERE id = $1', [
          first.body.id,
        ])
      )[0].leader_id;
    const attend = (body: Record<string, unknown>) =>
      put(petition, { date: d2, session: 'PM', leaderId: leader.get('L15'), ...body }).expect(200);
    await attend({ status: 'substituted', substituteLeaderId: leader.get('L17') });
    expect(await recordLeader()).toBe(leader.get('L17'));
    await attend({ status: 'present' });
    expect(await recordLeader()).toBe(leader.get('L15'));
  });
});
