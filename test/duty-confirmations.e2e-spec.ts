import { DateTime } from 'luxon';
import { ConfirmationPlanner } from '../src/notify/confirmation-planner.js';
import { publishedMonth } from './fixtures/published-month.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Duty {
  id: string;
  date: string;
  session: 'AM' | 'PM' | 'CALL';
  leaderId: string;
  confirmedAt: string | null;
}

const LINK = /https?:\/\/[^\s（]+\/api\/v1\/duty-confirmations\/[0-9a-f-]{36}\?t=[^\s（]+/;
const PLANNED_AT = new Date('2026-08-20T09:00:00+08:00');

/**
 * 确认出席: the day-before reminder's one-click link (signed, single-use, until the session
 * begins, only that duty, nothing revealed), the page's button, 两办's list of unconfirmed
 * duties, the second reminder and 两办's digest. September 2026, planned on 20 August with the
 * service clock, so the test means the same a year ahead.
 */
describe('duty confirmations', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let unitId: string;
  let rosterId: string;
  let duties: Duty[];
  let account: Map<string, string>;
  const as = (leaderId: string) => t.auth(account.get(leaderId)!);
  const reload = async () => {
    const res = await t.http.get(`/api/v1/rosters/${rosterId}`).set(office).expect(200);
    duties = res.body.assignments;
    return res.body as { version: number; assignments: Duty[] };
  };
  const sessions = () => duties.filter((d) => d.session !== 'CALL' && account.has(d.leaderId));
  /** The link in the leader's day-before reminder of a duty. */
  const linkOf = async (d: Duty) => {
    const rows: Array<{ body: string }> = await t.dataSource.query(
      `SELECT body FROM notification WHERE rule = 'duty_day_before' AND recipient_key = $1
          AND ref->>'date' = $2 AND ref->>'session' = $3 AND status = 'planned'`,
      [`leader:${d.leaderId}`, d.date, d.session],
    );
    expect(rows).toHaveLength(1);
    const url = new URL(LINK.exec(rows[0].body)![0]);
    return { path: url.pathname, token: url.searchParams.get('t')! };
  };
  const refusedLike = (res: { status: number; body: Record<string, unknown> }) => {
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CONFIRM_LINK_INVALID');
    expect(res.body.message).toBe('确认链接无效、已使用或已过期');
    expect(Object.keys(res.body).sort()).toEqual(['code', 'message', 'requestId', 'statusCode']);
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    t.clock.set(PLANNED_AT);
    office = await t.auth('office');
    ({ unitId, rosterId, accounts: account } = await publishedMonth(t, office, '2026-09'));
    await reload();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(PLANNED_AT));

  it('the link confirms its own duty once; tampered, another duty’s, reused: refused alike', async () => {
    const [a, b] = sessions();
    const linkA = await linkOf(a);
    const linkB = await linkOf(b);
    // Opening the link shows a button and confirms nothing.
    const page = await t.http.get(`${linkA.path}?t=${encodeURIComponent(linkA.token)}`).expect(200);
    expect(page.text).toContain('<form method="post"');
    expect(page.text).toContain('确认出席');
    expect((await reload()).assignments.find((d) => d.id === a.id)!.confirmedAt).toBeNull();

    const parts = linkA.token.split('.');
    parts[3] = (parts[3].startsWith('A') ? 'B' : 'A') + parts[3].slice(1);
    const tampered = parts.join('.');
    refusedLike(await t.http.post(linkA.path).send({ t: tampered }));
    // A's token on B's duty, and B's on A's.
    refusedLike(await t.http.post(linkB.path).send({ t: linkA.token }));
    refusedLike(await t.http.post(linkA.path).send({ t: linkB.token }));
    refusedLike(await t.http.post(linkA.path).send({}));
    const bad = await t.http.get(`${linkA.path}?t=${encodeURIComponent(tampered)}`).expect(404);
    expect(bad.text).toContain('确认链接无效、已使用或已过期');
    expect(bad.text).not.toContain(a.date.slice(5));
    expect((await reload()).assignments.find((d) => d.id === a.id)!.confirmedAt).toBeNull();

    const ok = await t.http.post(linkA.path).send({ t: linkA.token }).expect(200);
    expect(ok.body).toEqual({ confirmed: true, date: a.date, session: a.session });
    const row = (await reload()).assignments.find((d) => d.id === a.id)!;
    expect(row.confirmedAt).not.toBeNull();
    refusedLike(await t.http.post(linkA.path).send({ t: linkA.token }));
    // B is untouched by all of it.
    expect(duties.find((d) => d.id === b.id)!.confirmedAt).toBeNull();
  });

  it('the page behind the link confirms with its form and answers a page', async () => {
    const d = sessions()[2];
    const link = await linkOf(d);
    const res = await t.http.post(link.path).type('form').send({ t: link.token }).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('已确认出席');
    const again = await t.http.post(link.path).type('form').send({ t: link.token }).expect(404);
    expect(again.text).toContain('确认链接无效、已使用或已过期');
  });

  it('the link expires the moment its session begins', async () => {
    const d = sessions()[3];
    const link = await linkOf(d);
    const start = d.session === 'AM' ? '08:30' : '14:30';
    t.clock.set(new Date(`${d.date}T${start}:00+08:00`));
    refusedLike(await t.http.post(link.path).send({ t: link.token }));
    t.clock.set(new Date(new Date(`${d.date}T${start}:00+08:00`).getTime() - 60_000));
    await t.http.post(link.path).send({ t: link.token }).expect(200);
  });

  it('a duty that changes hands loses its confirmation and its old link', async () => {
    const d = sessions()[4];
    const link = await linkOf(d);
    await t.http
      .post(`/api/v1/rosters/${rosterId}/assignments/${d.id}/confirm`)
      .set(await as(d.leaderId))
      .expect(200);
    const other = [...account.keys()].find(
      (id) =>
        !duties.some((x) => x.date === d.date && x.session === d.session && x.leaderId === id),
    )!;
    const roster = await reload();
    await t.http
      .patch(`/api/v1/rosters/${rosterId}/assignments/${d.id}`)
      .set(office)
      .send({ version: roster.version, leaderId: other, reason: '领导临时公务' })
      .expect(200);
    expect((await reload()).assignments.find((x) => x.id === d.id)!.confirmedAt).toBeNull();
    refusedLike(await t.http.post(link.path).send({ t: link.token }));
    // Back as it was, so the rest of the month stays published as is.
    const again = await reload();
    await t.http
      .patch(`/api/v1/rosters/${rosterId}/assignments/${d.id}`)
      .set(office)
      .send({ version: again.version, leaderId: d.leaderId, reason: '恢复原安排' })
      .expect(200);
    const back = await reload();
    await t.http
      .post(`/api/v1/rosters/${rosterId}/publish`)
      .set(office)
      .send({ version: back.version })
      .expect(200);
  });

  it('the page button: the leader’s own duty, or 两办 recording a phone call', async () => {
    await reload();
    const d = sessions()[5];
    const e = sessions().find((x) => x.leaderId !== d.leaderId && !x.confirmedAt)!;
    await t.http
      .post(`/api/v1/rosters/${rosterId}/assignments/${e.id}/confirm`)
      .set(await as(d.leaderId))
      .expect(403);
    const mine = await t.http
      .post(`/api/v1/rosters/${rosterId}/assignments/${d.id}/confirm`)
      .set(await as(d.leaderId))
      .expect(200);
    expect(mine.body).toMatchObject({
      assignmentId: d.id,
      confirmedVia: expect.stringMatching(/^page:/),
    });
    const byOffice = await t.http
      .post(`/api/v1/rosters/${rosterId}/assignments/${e.id}/confirm`)
      .set(office)
      .expect(200);
    expect(byOffice.body.confirmedAt).not.toBeNull();
    await t.http
      .post(`/api/v1/rosters/${rosterId}/assignments/${e.id}/confirm`)
      .set(await t.auth('petition'))
      .expect(403);
  });

  it('“2 working days ahead” counts a 调休 Sunday and skips a plain Saturday', async () => {
    // Friday 18 September 2026, 10:00: the morning session has begun. The next working days are
    // Sunday 20 September (调休 for 国庆) and Monday 21 September.
    t.clock.set(new Date('2026-09-18T10:00:00+08:00'));
    const roster = await reload();
    const expected = roster.assignments
      .filter(
        (d) =>
          d.date >= '2026-09-18' &&
          d.date <= '2026-09-21' &&
          !d.confirmedAt &&
          !(d.date === '2026-09-18' && d.session !== 'PM'),
      )
      .map((d) => d.id)
      .sort();
    const list = await t.http
      .get(`/api/v1/units/${unitId}/unconfirmed-duties`)
      .set(office)
      .expect(200);
    expect(list.body.duties.map((d: { assignmentId: string }) => d.assignmentId).sort()).toEqual(
      expected,
    );
    expect(roster.assignments.some((d) => d.date === '2026-09-21')).toBe(true);
    const one = await t.http
      .get(`/api/v1/units/${unitId}/unconfirmed-duties?workingDays=1`)
      .set(office)
      .expect(200);
    expect(one.body.duties.every((d: { date: string }) => d.date <= '2026-09-20')).toBe(true);
    const bad = await t.http
      .get(`/api/v1/units/${unitId}/unconfirmed-duties?workingDays=0`)
      .set(office)
      .expect(400);
    expect(bad.body.field).toBe('workingDays');
  });

  it('两办 see unconfirmed duties 2 working days ahead; a second reminder and a digest go out', async () => {
    await reload();
    // A Tuesday-to-Friday duty nobody confirmed: the day before is a working day.
    const g = sessions().find((d) => {
      const wd = DateTime.fromISO(d.date).weekday;
      return wd >= 2 && wd <= 5 && !d.confirmedAt && d.date >= '2026-09-15';
    })!;
    const dayBefore = DateTime.fromISO(g.date).minus({ days: 1 }).toISODate()!;
    t.clock.set(new Date(`${dayBefore}T08:30:00+08:00`));
    const list = await t.http
      .get(`/api/v1/units/${unitId}/unconfirmed-duties`)
      .set(office)
      .expect(200);
    const ids = list.body.duties.map((d: { assignmentId: string }) => d.assignmentId);
    expect(ids).toContain(g.id);
    expect(list.body.duties.every((d: { date: string }) => d.date >= dayBefore)).toBe(true);
    await t.http
      .get(`/api/v1/units/${unitId}/unconfirmed-duties`)
      .set(await as(g.leaderId))
      .expect(403);

    const planner = t.app.get(ConfirmationPlanner);
    await planner.planUnit(unitId);
    const digest: Array<{ body: string }> = await t.dataSource.query(
      "SELECT body FROM notification WHERE rule = 'office_digest' AND source = $1",
      [`office-digest:${dayBefore}`],
    );
    expect(digest).toHaveLength(1);
    expect(digest[0].body).toContain('尚未确认出席');
    // Before the configured hour (19:00) no second reminder.
    const again = () =>
      t.dataSource.query(
        "SELECT recipient_key, status, body FROM notification WHERE rule = 'duty_confirm_again' AND ref->>'date' = $1 AND ref->>'session' = $2 AND recipient_key = $3",
        [g.date, g.session, `leader:${g.leaderId}`],
      ) as Promise<Array<{ status: string; body: string }>>;
    expect(await again()).toHaveLength(0);

    t.clock.set(new Date(`${dayBefore}T19:05:00+08:00`));
    await planner.planUnit(unitId);
    const planned = await again();
    expect(planned).toHaveLength(1);
    expect(planned[0].status).toBe('planned');
    expect(planned[0].body).toMatch(LINK);
    // Confirmed before it went out: the next tick cancels it.
    await t.http
      .post(`/api/v1/rosters/${rosterId}/assignments/${g.id}/confirm`)
      .set(await as(g.leaderId))
      .expect(200);
    await planner.planUnit(unitId);
    expect((await again())[0].status).toBe('cancelled');
    const after = await t.http
      .get(`/api/v1/units/${unitId}/unconfirmed-duties`)
      .set(office)
      .expect(200);
    expect(after.body.duties.map((d: { assignmentId: string }) => d.assignmentId)).not.toContain(
      g.id,
    );
  });
});
