import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Assignment {
  id: string;
  date: string;
  session: 'AM' | 'PM' | 'CALL';
  leaderId: string;
  pinned: boolean;
}
interface Day {
  date: string;
  working: boolean;
  periods: Array<{
    needsReception: boolean;
    sessionCodes: string[];
    leadersPerSession: number;
    onCallLeader: boolean;
  }>;
}
interface Leader {
  id: string;
  code: string;
  minSessionsPerMonth: number;
  maxSessionsPerMonth: number;
}

/**
 * The monthly roster workflow end to end. Every roster is checked by recomputing its rules from
 * the response and the calendar, never by trusting the solver's status.
 */
describe('monthly roster workflow', () => {
  let t: TestApp;
  let h: { Authorization: string };
  let unitId: string;
  let leaders: Leader[];

  beforeAll(async () => {
    t = await startTestApp();
    // Planning happens before the months it plans: all of 2026 lies ahead.
    t.clock.set(new Date('2025-12-01T00:00:00+08:00'));
    h = await t.auth('office');
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    leaders = (await t.http.get('/api/v1/leaders').set(h).expect(200)).body;
  });
  afterAll(() => t.close());

  /** The unit's calendar for a month: one entry per date, in order. */
  async function calendar(month: string): Promise<Day[]> {
    const res = await t.http
      .get(`/api/v1/units/${unitId}/calendar?month=${month}`)
      .set(h)
      .expect(200);
    const days = res.body as Day[];
    const [y, m] = month.split('-').map(Number);
    expect(days.map((d) => d.date)).toEqual(
      Array.from(
        { length: new Date(Date.UTC(y, m, 0)).getUTCDate() },
        (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`,
      ),
    );
    return days;
  }

  /** Sessions needing cover and how many leaders each, from the calendar and unit rules. */
  function expectedCover(days: Day[]): Map<string, number> {
    const cover = new Map<string, number>();
    for (const d of days) {
      const special = d.periods.filter((p) => p.needsReception);
      if (special.length > 0) {
        for (const p of special) {
          for (const s of p.sessionCodes) {
            cover.set(
              `${d.date}|${s}`,
              Math.max(cover.get(`${d.date}|${s}`) ?? 0, p.leadersPerSession),
            );
          }
        }
      } else if (d.working) {
        cover.set(`${d.date}|AM`, 1);
      }
      // A period with an on-call leader has one every day, excluded dates included.
      if (d.periods.some((p) => p.onCallLeader)) cover.set(`${d.date}|CALL`, 1);
    }
    return cover;
  }

  function checkRoster(assignments: Assignment[], days: Day[]) {
    const cover = expectedCover(days);
    const got = new Map<string, number>();
    for (const a of assignments)
      got.set(`${a.date}|${a.session}`, (got.get(`${a.date}|${a.session}`) ?? 0) + 1);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(cover));
    const perDay = new Set<string>();
    for (const a of assignments) {
      const key = `${a.date}|${a.leaderId}`;
      expect(perDay.has(key)).toBe(false); // never twice on one day
      perDay.add(key);
    }
  }

  const generate = (month: string) =>
    t.http.post(`/api/v1/units/${unitId}/rosters?wait=60`).set(h).send({ month });

  it('generates December 2026: every working-day session covered, quotas and unavailability kept', async () => {
    const l03 = leaders.find((l) => l.code === 'L03')!;
    await t.http
      .post(`/api/v1/leaders/${l03.id}/availability`)
      .set(h)
      .send({
        entries: ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((date) => ({
          date,
          kind: 'unavailable',
          reason: 'trip',
        })),
      })
      .expect(201);
    const res = await generate('2026-12');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ unitId, month: '2026-12', status: 'draft', version: 1 });
    expect(['optimal', 'feasible']).toContain(res.body.solver.status);
    const days = await calendar('2026-12');
    checkRoster(res.body.assignments, days);
    expect(res.body.assignments).toHaveLength(23);
    const count = new Map<string, number>();
    for (const a of res.body.assignments as Assignment[])
      count.set(a.leaderId, (count.get(a.leaderId) ?? 0) + 1);
    for (const l of leaders)
      expect(count.get(l.id) ?? 0).toBeLessThanOrEqual(l.maxSessionsPerMonth);
    const l03Dates = (res.body.assignments as Assignment[])
      .filter((a) => a.leaderId === l03.id)
      .map((a) => a.date);
    expect(l03Dates.filter((d) => d <= '2026-12-04')).toEqual([]);
    expect(res.body.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual(
      [],
    );
    const again = await generate('2026-12');
    expect(again.status).toBe(409);
    expect(again.body.rosterId).toBe(res.body.id);
  });

  it('follows February 2026: make-up Saturdays worked, the Spring Festival period as configured', async () => {
    const res = await generate('2026-02');
    expect(res.status).toBe(201);
    const days = await calendar('2026-02');
    checkRoster(res.body.assignments, days);
    const reception = (res.body.assignments as Assignment[]).filter((a) => a.session !== 'CALL');
    const dates = new Set(reception.map((a) => a.date));
    expect(dates.has('2026-02-14')).toBe(true); // make-up Saturday (also 春节 period)
    expect(dates.has('2026-02-28')).toBe(true); // make-up Saturday
    expect(dates.has('2026-02-16')).toBe(false); // 除夕: no reception
    expect(dates.has('2026-02-17')).toBe(false); // 初一: no reception
    expect(dates.has('2026-02-08')).toBe(false); // an ordinary Sunday
    // The 春节 period's on-call leader stands by every day of it, 除夕 and 初一 included.
    const onCall = (res.body.assignments as Assignment[]).filter((a) => a.session === 'CALL');
    expect(onCall.map((a) => a.date).sort()).toEqual(
      Array.from({ length: 11 }, (_, i) => `2026-02-${String(14 + i).padStart(2, '0')}`),
    );
  });

  it('covers every day of March 2026 up to 03-13 with 2 leaders per session (全国两会)', async () => {
    const res = await generate('2026-03');
    expect(res.status).toBe(201);
    const days = await calendar('2026-03');
    checkRoster(res.body.assignments, days);
    for (let d = 1; d <= 13; d++) {
      const date = `2026-03-${String(d).padStart(2, '0')}`;
      for (const s of ['AM', 'PM']) {
        expect(
          (res.body.assignments as Assignment[]).filter((a) => a.date === date && a.session === s),
        ).toHaveLength(2);
      }
    }
  });

  it('answers an infeasible month with 422 and a diagnosis, saving nothing', async () => {
    // Everyone away on one working day of November 2026.
    for (const l of leaders) {
      await t.http
        .post(`/api/v1/leaders/${l.id}/availability`)
        .set(h)
        .send({ entries: [{ date: '2026-11-10', kind: 'unavailable', reason: 'meeting' }] })
        .expect(201);
    }
    const res = await generate('2026-11');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('ROSTER_INFEASIBLE');
    expect(res.body.diagnosis.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body.diagnosis)).toContain('2026-11-10');
    const rows = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM roster WHERE month = '2026-11'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('counts a too-close duty once, on the later duty, and reports it to an edit of the earlier', async () => {
    const res = await generate('2026-09');
    expect(res.status).toBe(201);
    const duties = [...(res.body.assignments as Assignment[])].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    expect(res.body.findings.filter((f: { rule: string }) => f.rule === 'window')).toEqual([]);
    // Give the month's first duty to the leader of the next one: they now sit on two
    // consecutive working days, and the edited duty is the earlier of the two.
    const [first, next] = duties;
    const edited = await t.http
      .patch(`/api/v1/rosters/${res.body.id}/assignments/${first.id}`)
      .set(h)
      .send({ version: res.body.version, leaderId: next.leaderId })
      .expect(200);
    const spacing = {
      severity: 'warning',
      rule: 'window',
      ruleName: '坐班间隔过近',
      date: next.date,
      session: next.session,
      leaderId: next.leaderId,
      dates: [first.date, next.date],
    };
    // (The leader may also go over their monthly maximum: that is a separate finding.)
    const windows = edited.body.brokenRules.filter((f: { rule: string }) => f.rule === 'window');
    expect(windows).toEqual([expect.objectContaining(spacing)]);
    expect(windows[0].message).toContain(`距上次坐班（${first.date}）不足 5 个工作日`);
    expect(edited.body.findings.filter((f: { rule: string }) => f.rule === 'window')).toHaveLength(
      1,
    );
  });

  it('reports to an edit the quota of the leader the duty was taken from', async () => {
    const res = await generate('2026-06');
    expect(res.status).toBe(201);
    const duties = (res.body.assignments as Assignment[]).filter((a) => a.session !== 'CALL');
    const count = (leaderId: string) => duties.filter((a) => a.leaderId === leaderId).length;
    // A leader whose only duty of the month this is: without it they sit none.
    const only = duties.find((a) => count(a.leaderId) === 1);
    expect(only).toBeDefined();
    const other = duties.find((a) => a.leaderId !== only!.leaderId)!;
    const edited = await t.http
      .patch(`/api/v1/rosters/${res.body.id}/assignments/${only!.id}`)
      .set(h)
      .send({ version: res.body.version, leaderId: other.leaderId })
      .expect(200);
    const theirs = (f: { leaderId?: string }) => f.leaderId === only!.leaderId;
    const short = edited.body.findings.filter(theirs);
    expect(short.length).toBeGreaterThan(0);
    // What the roster now says about them is what the edit answers (as the candidate list foretold).
    expect(edited.body.brokenRules.filter(theirs)).toEqual(short);
  });

  it('edits with optimistic locking, shows broken rules, publishes, amends only what must move', async () => {
    const [{ id }] = (
      await t.http.get(`/api/v1/units/${unitId}/rosters?month=2026-12`).set(h).expect(200)
    ).body;
    let roster = (await t.http.get(`/api/v1/rosters/${id}`).set(h).expect(200)).body;
    const [first, second] = roster.assignments as Assignment[];

    // Pin the first duty.
    const pinned = await t.http
      .patch(`/api/v1/rosters/${id}/assignments/${first.id}`)
      .set(h)
      .send({ version: roster.version, pinned: true })
      .expect(200);
    expect(pinned.body.assignments.find((a: Assignment) => a.id === first.id).pinned).toBe(true);

    // Two edits from the same version: one wins, the other gets 409.
    const edits = await Promise.all(
      [first, second].map((a) =>
        t.http
          .patch(`/api/v1/rosters/${id}/assignments/${a.id}`)
          .set(h)
          .send({ version: pinned.body.version, pinned: false }),
      ),
    );
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
    roster = (await t.http.get(`/api/v1/rosters/${id}`).set(h).expect(200)).body;

    // Move the second duty onto the day of the first: the cover rule breaks, at once.
    const moved = await t.http
      .patch(`/api/v1/rosters/${id}/assignments/${second.id}`)
      .set(h)
      .send({ version: roster.version, date: first.date, session: first.session });
    expect(moved.status).toBe(200);
    expect(
      moved.body.brokenRules.some(
        (f: { rule: string; severity: string }) => f.rule === 'cover' && f.severity === 'error',
      ),
    ).toBe(true);
    const blocked = await t.http
      .post(`/api/v1/rosters/${id}/publish`)
      .set(h)
      .send({ version: moved.body.version });
    expect(blocked.status).toBe(422);
    expect(blocked.body.code).toBe('ROSTER_HAS_ERRORS');

    // Re-solve keeping pins repairs it; then publish version 1.
    const solved = await t.http
      .post(`/api/v1/rosters/${id}/solve?wait=60`)
      .set(h)
      .send({ version: moved.body.version })
      .expect(200);
    checkRoster(solved.body.assignments, await calendar('2026-12'));
    const published = await t.http
      .post(`/api/v1/rosters/${id}/publish`)
      .set(h)
      .send({ version: solved.body.version })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', publishedVersion: 1 });
    const v1 = published.body.assignments as Assignment[];

    // A leader drops out for the rest of the month: mark them unavailable, amend → version 2.
    const pinnedLeaders = new Set(v1.filter((a) => a.pinned).map((a) => a.leaderId));
    // L03 already has entries for early December (first test); pick someone else.
    const l03 = leaders.find((l) => l.code === 'L03')!.id;
    const victim = v1.find((a) => !pinnedLeaders.has(a.leaderId) && a.leaderId !== l03)!;
    const theirs = v1.filter((a) => a.leaderId === victim.leaderId);
    const december = (await calendar('2026-12')).map((d) => d.date);
    await t.http
      .post(`/api/v1/leaders/${victim.leaderId}/availability`)
      .set(h)
      .send({ entries: december.map((date) => ({ date, kind: 'unavailable', reason: 'leave' })) })
      .expect(201);
    const noReason = await t.http.post(`/api/v1/rosters/${id}/amend?wait=60`).set(h).send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.field).toBe('reason');
    const amended = await t.http
      .post(`/api/v1/rosters/${id}/amend?wait=60`)
      .set(h)
      .send({ reason: '领导请假' })
      .expect(200);
    expect(amended.body.publishedVersion).toBe(2);
    checkRoster(amended.body.assignments, await calendar('2026-12'));
    const removed = amended.body.changes.filter((c: { change: string }) => c.change === 'removed');
    const added = amended.body.changes.filter((c: { change: string }) => c.change === 'added');
    expect(
      removed
        .map((c: { leaderId: string }) => c.leaderId)
        .every((l: string) => l === victim.leaderId),
    ).toBe(true);
    expect(removed).toHaveLength(theirs.length);
    expect(added).toHaveLength(theirs.length);
    expect(added.map((c: { date: string }) => c.date).sort()).toEqual(
      theirs.map((a) => a.date).sort(),
    );

    const diff = await t.http.get(`/api/v1/rosters/${id}/diff?from=1&to=2`).set(h).expect(200);
    expect(diff.body.changes).toEqual(amended.body.changes);
    const versions = await t.http.get(`/api/v1/rosters/${id}/versions`).set(h).expect(200);
    expect(
      versions.body.map((v: { number: number; reason: string | null }) => [v.number, v.reason]),
    ).toEqual([
      [1, null],
      [2, '领导请假'],
    ]);

    // Every change carries who and why.
    const log = await t.http.get(`/api/v1/rosters/${id}/changes`).set(h).expect(200);
    const actions = log.body.map((c: { action: string }) => c.action);
    expect(actions[0]).toBe('generate');
    expect(actions).toEqual(expect.arrayContaining(['pin', 'move', 'solve', 'publish', 'amend']));
    expect(log.body.every((c: { username: string }) => c.username === 'office')).toBe(true);
    expect(log.body.find((c: { action: string }) => c.action === 'amend').reason).toBe('领导请假');

    // The xlsx read back holds the published duties.
    const xlsx = await t.http
      .get(`/api/v1/rosters/${id}/export.xlsx`)
      .set(h)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    const bytes = xlsx.body as Buffer;
    // exceljs types its input as an ArrayBuffer-like Buffer of its own.
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('2026年12月市领导接访日程安排');
    const names = new Map(leaders.map((l) => [l.id, (l as Leader & { name: string }).name]));
    const rows: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) rows.push(`${row.getCell(1).value}|${row.getCell(5).value}`);
    });
    // Public duties only: 韩立诚 (纪检监察) receives apart, not publicly.
    const open = new Set(
      leaders
        .filter((l) => (l as Leader & { publicReception: boolean }).publicReception)
        .map((l) => l.id),
    );
    expect(rows.sort()).toEqual(
      (amended.body.assignments as Assignment[])
        .filter((a) => open.has(a.leaderId))
        .map((a) => `${a.date}|${names.get(a.leaderId)}`)
        .sort(),
    );
    const notice = await t.http.get(`/api/v1/rosters/${id}/notice`).set(h).expect(200);
    expect(notice.text).toContain('现将2026年12月市领导接访日程公告如下');
  });

  it('reports planned sessions per leader against quota', async () => {
    const res = await t.http
      .get(`/api/v1/units/${unitId}/roster-stats?year=2026`)
      .set(h)
      .expect(200);
    const dec = res.body.months.find((m: { month: string }) => m.month === '2026-12');
    expect(dec).toMatchObject({ sessionsRequired: 23, sessionsCovered: 23, publishedVersion: 2 });
    const planned = res.body.leaders.reduce(
      (s: number, l: { months: Array<{ month: string; planned: number }> }) =>
        s + (l.months.find((m) => m.month === '2026-12')?.planned ?? 0),
      0,
    );
    expect(planned).toBe(23);
  });
});
