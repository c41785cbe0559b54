import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * An on-call duty (24小时在岗值班) is not a reception session: matching never books an
 * appointment on it, and neither can staff by hand.
 */
describe('appointments never on an on-call duty', () => {
  let t: TestApp;
  let cityId: string;
  const leader = new Map<string, string>();
  const month = today().plus({ months: 1 }).toFormat('yyyy-MM');
  const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    // 军队事务: L13 (and 书记, 市长, who have no duty this month). On day 5 L13 is only on call.
    await publishRoster(t.dataSource, cityId, month, [
      { date: day(5), session: 'CALL', leaderCode: 'L13' },
      { date: day(5), session: 'AM', leaderCode: 'L12' },
      { date: day(9), session: 'AM', leaderCode: 'L13' },
    ]);
    const person = (n: number) => [{ name: '钱七', idNumber: idNumber('440103', '19700303', n) }];
    await t.http
      .post('/api/v1/priority-cases')
      .set(await t.auth('petition'))
      .send([
        caseInput({
          reference: 'Army-early',
          subject: '军队事务',
          risk: '红',
          receiveBefore: day(6),
          petitioners: person(801),
        }),
        caseInput({
          reference: 'Army-late',
          subject: '军队事务',
          risk: '橙',
          receiveBefore: day(12),
          petitioners: person(802),
        }),
      ])
      .expect(201);
  });
  afterAll(() => t.close());

  it('leaves a case whose only eligible duty before its deadline is on call unmatched', async () => {
    const res = await t.http
      .post(`/api/v1/units/${cityId}/appointments/match`)
      .set(await t.auth('office'))
      .send({ month })
      .expect(200);
    const proposals: Array<{
      caseReference: string;
      leaderId: string;
      date: string;
      session: string;
    }> = res.body.proposals;
    expect(proposals.map((p) => [p.caseReference, p.date, p.session, p.leaderId])).toEqual([
      ['Army-late', day(9), 'AM', leader.get('L13')],
    ]);
    expect(res.body.unmatched).toEqual([
      expect.objectContaining({
        caseReference: 'Army-early',
        reason: 'no_session_before_deadline',
      }),
    ]);
    const stored = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM appointment WHERE session = 'CALL'",
    );
    expect(stored[0].n).toBe(0);
  });

  it('refuses to book an appointment on the on-call duty by hand', async () => {
    const [{ id }] = await t.dataSource.query(
      "SELECT a.id FROM appointment a JOIN priority_case c ON c.id = a.case_id WHERE c.reference = 'Army-late'",
    );
    const office = await t.auth('office');
    const call = await t.http
      .post(`/api/v1/appointments/${id}/reassign`)
      .set(office)
      .send({ leaderId: leader.get('L13'), date: day(5), session: 'CALL' })
      .expect(400);
    expect(call.body.field).toBe('session');
    // The same leader and date as a reception session: he has none that day (on call only).
    const am = await t.http
      .post(`/api/v1/appointments/${id}/reassign`)
      .set(office)
      .send({ leaderId: leader.get('L13'), date: day(5), session: 'AM' })
      .expect(422);
    expect(am.body.code).toBe('NOT_A_PUBLISHED_SESSION');
  });
});
