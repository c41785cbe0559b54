import { startTestApp, type TestApp } from './support/test-app.js';

interface Duty {
  id: string;
  date: string;
  session: 'AM' | 'PM' | 'CALL';
  leaderId: string;
  pinned: boolean;
}
interface Leader {
  id: string;
  code: string;
  name: string;
}

const at = (iso: string) => new Date(iso);
const key = (d: Duty) => `${d.date}|${d.session}|${d.leaderId}`;
/** Session start in China (AM 08:30, PM 14:30, on-call at midnight). */
const startOf = (d: Pick<Duty, 'date' | 'session'>) =>
  at(`${d.date}T${{ AM: '08:30', PM: '14:30', CALL: '00:00' }[d.session]}:00+08:00`);
const between = (d: Duty, from: string, to: string) => d.date >= from && d.date <= to;
const dayGap = (a: string, b: string) => Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * The roster as an official record over months, end to end through HTTP; every rule is checked by
 * recomputing it from the duties in the test, never by trusting the service's findings alone.
 */
describe('roster record across months', () => {
  let t: TestApp;
  let h: { Authorization: string };
  let unitId: string;
  let leaders: Leader[];

  beforeAll(async () => {
    t = await startTestApp();
    h = await t.auth('office');
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    leaders = (await t.http.get('/api/v1/leaders').set(h).expect(200)).body;
  });
  afterAll(() => t.close());

  const leader = (code: string) => leaders.find((l) => l.code === code)!;
  const clearRosters = () =>
    t.dataSource.query(
      'DELETE FROM roster_change; DELETE FROM roster_version; DELETE FROM roster_assignment; DELETE FROM roster',
    );
  const periodId = async (name: string, year: number): Promise<string> => {
    const rows = await t.dataSource.query(
      'SELECT id FROM special_period WHERE unit_id = $1 AND name = $2 AND extract(year FROM start_date) = $3',
      [unitId, name, year],
    );
    return rows[0].id;
  };
  const generate = async (month: string) => {
    const res = await t.http.post(`/api/v1/units/${unitId}/rosters?wait=60`).set(h).send({ month });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; assignments: Duty[] };
  };
  const publish = async (r: { id: string; version: number }, reason?: string) =>
    (
      await t.http
        .post(`/api/v1/rosters/${r.id}/publish`)
        .set(h)
        .send({ version: r.version, ...(reason ? { reason } : {}) })
        .expect(200)
    ).body as { id: string; version: number; assignments: Duty[] };
  const rosterOf = async (id: string) =>
    (await t.http.get(`/api/v1/rosters/${id}`).set(h).expect(200)).body as {
      id: string;
      version: number;
      assignments: Duty[];
      findings: Array<{ rule: string; severity: string; message: string; date?: string }>;
    };

  it('keeps a special period’s quota across September and October, in either order', async () => {
    const national = await periodId('国庆、中秋', 2026);
    await t.dataSource.query(
      'UPDATE special_period SET leaders_per_session = 2, quota_per_leader = 4 WHERE id = $1',
      [national],
    );
    for (const order of [
      ['2026-09', '2026-10'],
      ['2026-10', '2026-09'],
    ]) {
      await clearRosters();
      t.clock.set(at('2026-08-20T00:00:00+08:00'));
      const duties: Duty[] = [];
      for (const month of order) duties.push(...(await publish(await generate(month))).assignments);
      const inPeriod = duties.filter(
        (d) => d.session !== 'CALL' && between(d, '2026-09-25', '2026-10-08'),
      );
      // Every session of the period has its 2 leaders, and nobody sits more than 4 of them.
      expect(inPeriod).toHaveLength(14 * 2 * 2);
      const perLeader = new Map<string, number>();
      for (const d of inPeriod) perLeader.set(d.leaderId, (perLeader.get(d.leaderId) ?? 0) + 1);
      expect(Math.max(...perLeader.values())).toBeLessThanOrEqual(4);
      // The range check over both months agrees: no hard rule broken.
      const check = await t.http
        .get(`/api/v1/units/${unitId}/roster-check?from=2026-09&to=2026-10`)
        .set(h)
        .expect(200);
      expect(check.body.errors).toBe(0);
      expect(check.body.months.map((m: { month: string }) => m.month)).toEqual([
        '2026-09',
        '2026-10',
      ]);
    }
  });

  it('names the earlier duties when a later month of a period cannot be planned', async () => {
    await clearRosters();
    const national = await periodId('国庆、中秋', 2026);
    // One session each for 20 leaders, but 28 sessions: the period cannot be covered whole.
    await t.dataSource.query(
      'UPDATE special_period SET leaders_per_session = 1, quota_per_leader = 1 WHERE id = $1',
      [national],
    );
    t.clock.set(at('2026-08-20T00:00:00+08:00'));
    const september = await publish(await generate('2026-09'));
    const res = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-10' });
    expect(res.status).toBe(422);
    const supply = res.body.diagnosis.find((d: { code: string }) => d.code === 'RANGE_SUPPLY');
    expect(supply).toBeDefined();
    const earlier = september.assignments.find(
      (d) => d.session !== 'CALL' && d.date >= '2026-09-25',
    )!;
    expect(supply.message).toContain(
      `${leaders.find((l) => l.id === earlier.leaderId)!.name} ${earlier.date}`,
    );
    await t.dataSource.query(
      'UPDATE special_period SET leaders_per_session = 1, quota_per_leader = NULL WHERE id = $1',
      [national],
    );
  });

  it('never lets an amendment, a re-solve or an edit change a session that has begun', async () => {
    await clearRosters();
    t.clock.set(at('2026-10-20T00:00:00+08:00'));
    let roster = await publish(await generate('2026-11'));
    const v1 = roster.assignments;
    // Monday 2026-11-16, 10:00: the morning session has begun.
    const now = at('2026-11-16T10:00:00+08:00');
    t.clock.set(now);
    const past = v1.filter((d) => startOf(d) <= now);
    const ahead = v1.filter((d) => startOf(d) > now);
    expect(past.length).toBeGreaterThan(0);
    // Everyone who sat a past session is away for the rest of the month.
    const leaving = [...new Set(past.map((d) => d.leaderId))];
    for (const id of leaving) {
      const dates = ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'];
      await t.http
        .post(`/api/v1/leaders/${id}/availability`)
        .set(h)
        .send({
          entries: dates.map((date) => ({
            date,
            kind: 'unavailable',
            reason: 'trip',
          })),
        })
        .expect(201);
    }
    const amended = await t.http
      .post(`/api/v1/rosters/${roster.id}/amend?wait=60`)
      .set(h)
      .send({ reason: '领导出差' })
      .expect(200);
    const v2: Duty[] = amended.body.assignments;
    expect(
      v2
        .filter((d) => startOf(d) <= now)
        .map(key)
        .sort(),
    ).toEqual(past.map(key).sort());
    for (const c of amended.body.changes) expect(startOf(c) > now).toBe(true);
    // Something ahead did move (the leavers had later duties or none: either way no past one).
    expect(v2.filter((d) => startOf(d) > now).length).toBe(ahead.length);

    roster = await rosterOf(roster.id);
    const begun = roster.assignments.find((d) => startOf(d) <= now)!;
    const later = roster.assignments.find((d) => startOf(d) > now)!;
    const edit = (id: string, body: object) =>
      t.http
        .patch(`/api/v1/rosters/${roster.id}/assignments/${id}`)
        .set(h)
        .send({ version: roster.version, reason: '调整', ...body });
    const refused = await edit(begun.id, { pinned: true });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SESSION_BEGUN');
    expect(refused.body.message).toContain('已开始');
    const intoPast = await edit(later.id, { date: begun.date, session: begun.session });
    expect(intoPast.status).toBe(409);
    expect(intoPast.body.code).toBe('SESSION_BEGUN');

    // The moment a session begins: one second before it may still be edited, not at it.
    const next = roster.assignments
      .filter((d) => d.session === 'AM' && startOf(d) > now)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    t.clock.set(new Date(startOf(next).getTime() - 1000));
    expect((await edit(next.id, { pinned: true })).status).toBe(200);
    roster = await rosterOf(roster.id);
    t.clock.set(startOf(next));
    const atStart = await t.http
      .patch(`/api/v1/rosters/${roster.id}/assignments/${next.id}`)
      .set(h)
      .send({ version: roster.version, pinned: false, reason: '调整' });
    expect(atStart.status).toBe(409);

    // A re-solve keeps every begun session as it is.
    const solved = await t.http
      .post(`/api/v1/rosters/${roster.id}/solve?wait=60`)
      .set(h)
      .send({ version: roster.version })
      .expect(200);
    const stillPast = (solved.body.assignments as Duty[]).filter(
      (d) => startOf(d) <= startOf(next),
    );
    expect(stillPast.map(key).sort()).toEqual(
      v2
        .filter((d) => startOf(d) <= startOf(next))
        .map(key)
        .sort(),
    );
  });

  it('counts calendar days inside a period: nobody sits two days in a row, as the figures say', async () => {
    await clearRosters();
    t.clock.set(at('2026-01-20T00:00:00+08:00'));
    const feb = await publish(await generate('2026-02'));
    const mar = await publish(await generate('2026-03'));
    const inPeriod = [...feb.assignments, ...mar.assignments].filter(
      (d) => d.session !== 'CALL' && between(d, '2026-02-25', '2026-03-13'),
    );
    const consecutive = (duties: Duty[]) => {
      let n = 0;
      for (const d of duties)
        if (
          duties.some(
            (e) => e.leaderId === d.leaderId && dayGap(e.date, d.date) === 1 && e.date < d.date,
          )
        )
          n++;
      return n;
    };
    expect(consecutive(inPeriod)).toBe(0);
    // Make one leader sit two days in a row in March: the roster and the figures count one.
    const roster = await rosterOf(mar.id);
    // A leader with room left in the period's quota of 4, on a day whose next day's afternoon
    // someone else sits (两会 mornings are for 市委常委 and 副市长 only: the demo's session ranks).
    const periodCount = (id: string) => inPeriod.filter((d) => d.leaderId === id).length;
    const sits = (id: string, date: string) =>
      roster.assignments.some((x) => x.date === date && x.leaderId === id);
    const pairs = roster.assignments.flatMap((first) =>
      roster.assignments
        .filter(
          (next) =>
            first.session !== 'CALL' &&
            between(first, '2026-03-01', '2026-03-12') &&
            periodCount(first.leaderId) < 4 &&
            next.session === 'PM' &&
            next.date > first.date &&
            dayGap(first.date, next.date) === 1 &&
            !sits(first.leaderId, next.date),
        )
        .map((next) => ({ first, next })),
    );
    expect(pairs.length).toBeGreaterThan(0);
    const { first, next } = pairs[0];
    const edited = await t.http
      .patch(`/api/v1/rosters/${mar.id}/assignments/${next.id}`)
      .set(h)
      .send({ version: roster.version, leaderId: first.leaderId, reason: '调整' })
      .expect(200);
    const after = (edited.body.assignments as Duty[]).filter(
      (d) => d.session !== 'CALL' && between(d, '2026-02-25', '2026-03-13'),
    );
    const recomputed = consecutive([
      ...feb.assignments.filter(
        (d) => d.session !== 'CALL' && between(d, '2026-02-25', '2026-03-13'),
      ),
      ...after,
    ]);
    expect(recomputed).toBeGreaterThanOrEqual(1);
    const spacing = edited.body.findings.filter((f: { rule: string }) => f.rule === 'window');
    expect(
      spacing.some(
        (f: { date: string; message: string }) =>
          f.date === next.date && f.message.includes('不足 2 天'),
      ),
    ).toBe(true);
    await publish({ id: mar.id, version: edited.body.version }, '调整');
    const stats = await t.http
      .get(`/api/v1/units/${unitId}/roster-stats?year=2026`)
      .set(h)
      .expect(200);
    const march = stats.body.months.find((m: { month: string }) => m.month === '2026-03');
    expect(march.spacingBreaks).toBe(
      edited.body.findings.filter(
        (f: { rule: string; date: string }) => f.rule === 'window' && f.date.startsWith('2026-03'),
      ).length,
    );
  });

  it('holds a quarterly leader to the quarter whichever month comes first, and reports a breach', async () => {
    await clearRosters();
    t.clock.set(at('2026-03-20T00:00:00+08:00'));
    const quarterly = leaders.filter((l) => ['L01', 'L17', 'L18', 'L19', 'L20'].includes(l.code));
    const made: Array<{ id: string; month: string; assignments: Duty[] }> = [];
    for (const month of ['2026-05', '2026-04', '2026-07', '2026-06']) {
      const r = await publish(await generate(month));
      made.push({ ...r, month });
    }
    const all = made.flatMap((r) => r.assignments).filter((d) => d.session !== 'CALL');
    const normalIn = (id: string, from: string, to: string) =>
      all.filter(
        (d) => d.leaderId === id && between(d, from, to) && !between(d, '2026-06-28', '2026-07-02'),
      ).length;
    for (const l of quarterly) {
      expect(normalIn(l.id, '2026-04-01', '2026-06-30')).toBeLessThanOrEqual(1);
      expect(normalIn(l.id, '2026-07-01', '2026-09-30')).toBeLessThanOrEqual(1);
    }
    // Give a normal June duty to a quarterly leader who already sat in Q2: the check says so.
    const sat = quarterly.find((l) => normalIn(l.id, '2026-04-01', '2026-06-30') === 1)!;
    const june = made.find((r) => r.month === '2026-06')!;
    const current = await rosterOf(june.id);
    const victim = current.assignments.find(
      (d) =>
        d.session === 'AM' &&
        d.date < '2026-06-28' &&
        d.leaderId !== sat.id &&
        !all.some((x) => x.leaderId === sat.id && x.date === d.date),
    )!;
    await t.http
      .patch(`/api/v1/rosters/${june.id}/assignments/${victim.id}`)
      .set(h)
      .send({ version: current.version, leaderId: sat.id, reason: '调整' })
      .expect(200);
    const check = await t.http
      .get(`/api/v1/units/${unitId}/roster-check?from=2026-04&to=2026-06`)
      .set(h)
      .expect(200);
    const breach = check.body.findings.find(
      (f: { rule: string; severity: string; leaderId: string; message: string }) =>
        f.rule === 'rangeLimit' &&
        f.severity === 'error' &&
        f.leaderId === sat.id &&
        f.message.includes('季度'),
    );
    expect(breach).toBeDefined();
    expect(breach.message).toContain('2026年第2季度');
    expect(breach.message).toContain(victim.date);
    expect(check.body.errors).toBeGreaterThan(0);
    const bad = await t.http
      .get(`/api/v1/units/${unitId}/roster-check?from=2026-06&to=2026-04`)
      .set(h);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('to');
  });

  it('opens each period with the lead leader and keeps ranks to the sessions open to them', async () => {
    await clearRosters();
    const twoSessions = await periodId('全国两会特护期', 2026);
    const l01 = leader('L01');
    await t.dataSource.query(
      `UPDATE leader SET rank = CASE WHEN code IN ('L01','L02') THEN 'principal'
         WHEN code IN ('L03','L04','L05','L06','L07','L08','L09','L10') THEN 'standing'
         WHEN code IN ('L11','L12','L13','L14','L15','L16') THEN 'vice_mayor'
         WHEN code IN ('L17','L18') THEN 'npc' ELSE 'cppcc' END`,
    );
    await t.dataSource.query(
      `UPDATE special_period SET first_day_leader_id = $2,
         session_ranks = '{"AM": ["principal", "standing", "vice_mayor"]}' WHERE id = $1`,
      [twoSessions, l01.id],
    );
    t.clock.set(at('2026-01-20T00:00:00+08:00'));
    const feb = await generate('2026-02');
    const mar = await generate('2026-03');
    const duties = [...feb.assignments, ...mar.assignments];
    expect(duties.some((d) => d.date === '2026-02-25' && d.leaderId === l01.id)).toBe(true);
    const congress = new Set(
      leaders.filter((l) => ['L17', 'L18', 'L19', 'L20'].includes(l.code)).map((l) => l.id),
    );
    const morning = duties.filter(
      (d) => d.session === 'AM' && between(d, '2026-02-25', '2026-03-13'),
    );
    expect(morning.length).toBe(17 * 2);
    expect(morning.filter((d) => congress.has(d.leaderId))).toEqual([]);
  });

  it('proposes the best substitutes for a duty, and says what any other choice would break', async () => {
    await clearRosters();
    t.clock.set(at('2026-11-20T00:00:00+08:00'));
    const december = await publish(await generate('2026-12'));
    const duty = december.assignments.find((d) => d.date === '2026-12-15')!;
    const res = await t.http
      .get(`/api/v1/rosters/${december.id}/assignments/${duty.id}/substitutes`)
      .set(h)
      .expect(200);
    expect(res.body.options).toHaveLength(3);
    const penalties = res.body.options.map((o: { penalty: number }) => o.penalty);
    expect([...penalties].sort((a, b) => a - b)).toEqual(penalties);
    for (const o of res.body.options as Array<{ leaderId: string; status: string }>) {
      expect(o.leaderId).not.toBe(duty.leaderId);
      expect(o.status).toBe('optimal');
      // Nobody already sitting that day.
      expect(
        december.assignments.some((d) => d.date === duty.date && d.leaderId === o.leaderId),
      ).toBe(false);
    }
    // A leader away that day: impossible, and the answer says why.
    const away = leaders.find(
      (l) =>
        l.id !== duty.leaderId &&
        !december.assignments.some((d) => d.date === duty.date && d.leaderId === l.id),
    )!;
    await t.http
      .post(`/api/v1/leaders/${away.id}/availability`)
      .set(h)
      .send({ entries: [{ date: duty.date, kind: 'unavailable', reason: 'meeting' }] })
      .expect(201);
    const blocked = await t.http
      .get(`/api/v1/rosters/${december.id}/assignments/${duty.id}/consequences?leaderId=${away.id}`)
      .set(h)
      .expect(200);
    expect(blocked.body.possible).toBe(false);
    expect(blocked.body.consequences).toContainEqual(
      expect.objectContaining({ rule: 'unavailable', severity: 'error', leaderId: away.id }),
    );
    const again = await t.http
      .get(`/api/v1/rosters/${december.id}/assignments/${duty.id}/substitutes`)
      .set(h)
      .expect(200);
    expect(again.body.options.map((o: { leaderId: string }) => o.leaderId)).not.toContain(away.id);
    // Leaders may not ask (the leave workflow does that for them).
    await t.http
      .get(`/api/v1/rosters/${december.id}/assignments/${duty.id}/substitutes`)
      .set(await t.auth('leader01'))
      .expect(403);
  });
});
