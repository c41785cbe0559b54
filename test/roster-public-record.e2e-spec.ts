import ICAL from 'ical.js';
import { FeedAppointmentsRegistry } from '../src/feeds/feed-appointments.js';
import { FeedsService } from '../src/feeds/feeds.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { xlsxBody } from './support/xlsx.js';

interface Assignment {
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
  title: string;
  portfolioText: string;
  venue: string | null;
  publicReception: boolean;
  maxSessionsPerMonth: number;
}
interface Day {
  date: string;
  kind: string;
  periods: Array<{ name: string; onCallLeader: boolean; needsReception: boolean }>;
}

const MONTH = '2026-10';
const L05_VENUE = '市纪委监委信访接待室';

/** Each VEVENT of a feed as ical.js reads it. */
function feedEvents(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: (v.getFirstPropertyValue('location') as string | null) ?? null,
      allDay: e.startDate.isDate,
      date: e.startDate.toString().slice(0, 10),
      endDate: e.endDate.toString().slice(0, 10),
    };
  });
}

/**
 * October 2026 of the demo city, published: 国庆 (until 10-08) with a leader on call every day,
 * the 10-10 make-up working day, and 韩立诚 (纪检监察), whose duties are at his own venue and not
 * public. Each public list (unit feed, department feed, 一览表, notice, the petition bureau's
 * messages) is checked against the roster recomputed here; the leaders' own feeds and reminders
 * show their duties, on-call ones included.
 */
describe('the published roster as a public record (October 2026)', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let unitId: string;
  let unit: { receptionVenue: string; issuingOffice: string; name: string };
  let leaders: Leader[];
  let byId: Map<string, Leader>;
  let days: Day[];
  let rosterId: string;
  let duties: Assignment[];
  let l05: Leader;

  const feedOf = async (path: string, user: string) => {
    const link = await t.http
      .get(`/api/v1/${path}/feed`)
      .set(await t.auth(user))
      .expect(200);
    const token = new URL(link.body.url as string).pathname;
    const res = await t.http.get(token).expect(200);
    return feedEvents(res.text);
  };

  const xlsxRows = async () => {
    const book = await xlsxBody(t.http.get(`/api/v1/rosters/${rosterId}/export.xlsx`).set(office));
    const rows: string[][] = [];
    book.worksheets[0].eachRow((row, n) => {
      if (n > 1) rows.push([1, 2, 3, 4, 5, 6, 7, 8].map((c) => String(row.getCell(c).value ?? '')));
    });
    return rows;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    // Planned and published well before October: nothing has begun.
    t.clock.set(new Date('2026-08-03T10:00:00+08:00'));
    office = await t.auth('office');
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    unit = (await t.http.get(`/api/v1/units/${unitId}`).set(office).expect(200)).body;
    leaders = (await t.http.get('/api/v1/leaders').set(office).expect(200)).body;
    byId = new Map(leaders.map((l) => [l.id, l]));
    l05 = leaders.find((l) => l.code === 'L05')!;
    days = (
      await t.http.get(`/api/v1/units/${unitId}/calendar?month=${MONTH}`).set(office).expect(200)
    ).body;
    const res = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(office)
      .send({ month: MONTH })
      .expect(201);
    rosterId = res.body.id;
    let roster = res.body;
    // 韩立诚 sits once a month (a soft minimum): make sure he has a duty to keep out of lists.
    if (
      !roster.assignments.some((a: Assignment) => a.leaderId === l05.id && a.session !== 'CALL')
    ) {
      const normal = (roster.assignments as Assignment[]).find(
        (a) => a.date > '2026-10-12' && a.session === 'AM',
      )!;
      roster = (
        await t.http
          .patch(`/api/v1/rosters/${rosterId}/assignments/${normal.id}`)
          .set(office)
          .send({ version: roster.version, leaderId: l05.id })
          .expect(200)
      ).body;
    }
    roster = (
      await t.http
        .post(`/api/v1/rosters/${rosterId}/publish`)
        .set(office)
        .send({ version: roster.version })
        .expect(200)
    ).body;
    duties = roster.assignments;
  });
  afterAll(() => t.close());

  const venueOf = (l: Leader) => l.venue ?? unit.receptionVenue;
  const isPublic = (a: Assignment) => byId.get(a.leaderId)!.publicReception;

  it('rosters one on-call leader on every day of 国庆 in October, and 韩立诚 has a duty', () => {
    const onCallDays = days.filter((d) => d.periods.some((p) => p.onCallLeader)).map((d) => d.date);
    expect(onCallDays[0]).toBe('2026-10-01');
    expect(onCallDays.at(-1)).toBe('2026-10-08');
    const calls = duties.filter((a) => a.session === 'CALL');
    expect(calls.map((a) => a.date).sort()).toEqual(onCallDays);
    expect(duties.filter((a) => a.leaderId === l05.id).length).toBeGreaterThan(0);
  });

  it("keeps 韩立诚's duties out of the unit and department feeds; his own feed has his venue", async () => {
    const unitFeed = await feedOf(`units/${unitId}`, 'office');
    const publicDuties = duties.filter(isPublic);
    expect(unitFeed).toHaveLength(publicDuties.length);
    expect(new Set(unitFeed.map((e) => e.uid))).toEqual(
      new Set(publicDuties.map((a) => `${a.id}@reception-roster`)),
    );
    for (const e of unitFeed) {
      expect(e.summary).not.toContain(l05.name);
      expect(e.description).not.toContain(l05.name);
      expect(e.location ?? '').not.toContain(L05_VENUE);
    }

    const own = await feedOf(`leaders/${l05.id}`, 'leader05');
    const mine = duties.filter((a) => a.leaderId === l05.id);
    expect(own).toHaveLength(mine.length);
    for (const e of own.filter((x) => !x.allDay)) {
      expect(e.location).toBe(L05_VENUE);
      expect(e.description).toContain(`地点：${L05_VENUE}`);
    }

    // A department invited both to one of his sessions and to a public one sees only the latter.
    const [{ id: departmentId }] = await t.dataSource.query(
      'SELECT id FROM department WHERE unit_id = $1 ORDER BY name LIMIT 1',
      [unitId],
    );
    const his = mine.find((a) => a.session !== 'CALL')!;
    const open = duties.find((a) => a.session === 'AM' && isPublic(a))!;
    const invited = (a: Assignment, code: string) => ({
      date: a.date,
      session: a.session as 'AM' | 'PM',
      leaderId: a.leaderId,
      caseCodes: [code],
      updatedAt: new Date('2026-08-01T00:00:00Z'),
    });
    t.app.get(FeedAppointmentsRegistry).register({
      forUnit: async () => [],
      forDepartment: async () => [invited(his, 'ZZ-01'), invited(open, 'ZZ-02')],
    });
    // A publication-independent change: the feed revision moves so the cached feed is rebuilt.
    await t.dataSource.transaction((tx) => t.app.get(FeedsService).touch(tx, unitId));
    const dept = await t.http
      .get(`/api/v1/departments/${departmentId}/feed`)
      .set(await t.auth('admin'))
      .expect(200);
    const deptEvents = feedEvents(
      (await t.http.get(new URL(dept.body.url as string).pathname).expect(200)).text,
    );
    expect(deptEvents.map((e) => e.uid)).toEqual([`${open.id}@reception-roster`]);
    expect(deptEvents.some((e) => e.summary.includes(l05.name))).toBe(false);
  });

  it('shows an on-call duty as an all-day event in the leader feed and in the unit feed', async () => {
    const call = duties.find((a) => a.session === 'CALL' && isPublic(a))!;
    const leader = byId.get(call.leaderId)!;
    const username = `leader${leader.code.slice(1)}`;
    const own = await feedOf(`leaders/${leader.id}`, username);
    const event = own.find((e) => e.uid === `${call.id}@reception-roster`)!;
    expect(event).toMatchObject({ allDay: true, date: call.date, location: null });
    expect(event.summary).toContain('24小时在岗值班');
    // An all-day event ends the next day (exclusive end).
    const next = new Date(`${call.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(event.endDate).toBe(next.toISOString().slice(0, 10));

    const unitFeed = await feedOf(`units/${unitId}`, 'office');
    const inUnit = unitFeed.find((e) => e.uid === `${call.id}@reception-roster`)!;
    expect(inUnit.allDay).toBe(true);
    expect(inUnit.summary).toBe(`${leader.name} 24小时在岗值班`);
    // Reception events keep their venue; every public leader here receives in the hall.
    for (const e of unitFeed.filter((x) => !x.allDay)) expect(e.location).toBe(unit.receptionVenue);
  });

  it('reminds the on-call leader the day before, and 韩立诚 at his own venue', async () => {
    const rows: Array<{
      source: string;
      rule: string;
      recipient_key: string;
      subject: string;
      body: string;
      ref: { session?: string; venue?: string; date?: string };
      status: string;
    }> = await t.dataSource.query(
      "SELECT source, rule, recipient_key, subject, body, ref, status FROM notification WHERE unit_id = $1 AND status = 'planned'",
      [unitId],
    );
    for (const call of duties.filter((a) => a.session === 'CALL')) {
      const leader = byId.get(call.leaderId)!;
      const mine = rows.filter(
        (r) =>
          r.recipient_key === `leader:${leader.id}` &&
          r.source === `duty:${call.date}:CALL:${leader.id}`,
      );
      // The duty begins at midnight: the day-before reminder only, never "this morning".
      expect(mine.map((r) => r.rule)).toEqual(['duty_day_before']);
      expect(mine[0].subject).toMatch(/^值班提醒：10月\d+日（星期.）24小时在岗值班$/);
      expect(mine[0].body).toContain('24小时在岗值班');
      expect(mine[0].ref).toMatchObject({ session: 'CALL', date: call.date });
      expect(mine[0].ref.venue).toBeUndefined();
    }
    // His reception duties (an on-call duty of his, if the roster gives him one, has no venue:
    // the loop above checks it).
    const his = rows.filter(
      (r) =>
        r.recipient_key === `leader:${l05.id}` &&
        r.rule.startsWith('duty_') &&
        r.ref.session !== 'CALL',
    );
    expect(his.length).toBeGreaterThan(0);
    for (const r of his) {
      expect(r.body).toContain(`在${L05_VENUE}接待来访群众`);
      expect(r.ref.venue).toBe(L05_VENUE);
    }
    // The petition bureau's publication notice lists public duties, on-call ones as 值班.
    const published = rows.find((r) => r.rule === 'roster_published')!;
    expect(published.body).not.toContain(l05.name);
    const onCallLines = published.body.split('\n').filter((l) => /值班：/.test(l));
    expect(onCallLines).toHaveLength(
      duties.filter((a) => a.session === 'CALL' && isPublic(a)).length,
    );
  });

  it("exports the 一览表 without 韩立诚, each row at its leader's venue, on-call rows as 24小时在岗值班, make-up days marked", async () => {
    const rows = await xlsxRows();
    const [header, ...body] = rows;
    expect(header).toEqual([
      '日期',
      '星期',
      '场次',
      '时间',
      '领导',
      '职务',
      '分管工作范围',
      '接访地点',
    ]);
    const publicDuties = duties.filter(isPublic);
    expect(body).toHaveLength(publicDuties.length);
    expect(body.some((r) => r.includes(l05.name) || r.includes(L05_VENUE))).toBe(false);
    const makeup = new Set(days.filter((d) => d.kind === 'makeup_workday').map((d) => d.date));
    expect(makeup.has('2026-10-10')).toBe(true);
    const expected = publicDuties.map((a) => {
      const l = byId.get(a.leaderId)!;
      return [
        a.date,
        a.session === 'CALL',
        l.name,
        l.title,
        l.portfolioText,
        a.session === 'CALL' ? '' : venueOf(l),
      ].join('|');
    });
    const got = body.map((r) => [r[0], r[2] === '值班', r[4], r[5], r[6], r[7]].join('|'));
    expect(got.sort()).toEqual(expected.sort());
    for (const r of body) {
      // A row never contradicts itself: on call means no session hours and no venue.
      if (r[2] === '值班') expect([r[3], r[7]]).toEqual(['24小时在岗值班', '']);
      else expect(r[3]).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
      expect(r[1].endsWith('（调休上班）')).toBe(makeup.has(r[0]));
    }
  });

  it('prints the notice with 落款, date, 分管工作范围, venue, 24小时在岗值班 and 调休上班, without 韩立诚', async () => {
    const notice = await t.http.get(`/api/v1/rosters/${rosterId}/notice`).set(office).expect(200);
    const html = notice.text;
    expect(html).not.toContain(l05.name);
    expect(html).not.toContain(L05_VENUE);
    for (const office of unit.issuingOffice.split(/[\s\u3000]+/))
      expect(html).toContain(`<div>${office}</div>`);
    // Dated the day the version was published (the service's clock: 2026-08-03).
    expect(html).toMatch(/<div>2026年8月3日<\/div>\s*<\/div>/);
    expect(html).toContain('<th>分管工作范围</th>');
    const rows = [
      ...html.matchAll(
        /<tr><td>(\d{4}-\d\d-\d\d)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]+)<\/td><\/tr>/g,
      ),
    ];
    const publicDuties = duties.filter(isPublic);
    expect(rows).toHaveLength(publicDuties.length);
    const calls = rows.filter((r) => r[3] === '24小时在岗值班');
    expect(calls).toHaveLength(publicDuties.filter((a) => a.session === 'CALL').length);
    for (const r of rows) {
      const l = leaders.find((x) => x.name === r[4])!;
      expect(r[5]).toBe(l.portfolioText);
      expect(r[6]).toBe(r[3] === '24小时在岗值班' ? '—' : venueOf(l));
    }
    const saturday = rows.filter((r) => r[1] === '2026-10-10');
    expect(saturday.length).toBeGreaterThan(0);
    for (const r of saturday) expect(r[2]).toBe('星期六（调休上班）');
  });

  it('refuses the notice and the 一览表 with 422 naming the rule while a hard rule is broken', async () => {
    const roster = (await t.http.get(`/api/v1/rosters/${rosterId}`).set(office).expect(200)).body;
    // Give a monthly leader (at most 1 normal session) a second normal session: over the cap.
    const capped = leaders.find(
      (l) =>
        l.maxSessionsPerMonth === 1 &&
        l.publicReception &&
        duties.some((a) => a.leaderId === l.id && a.date > '2026-10-08' && a.session === 'AM'),
    )!;
    const other = (roster.assignments as Assignment[]).find(
      (a) =>
        a.date > '2026-10-08' &&
        a.session === 'AM' &&
        a.leaderId !== capped.id &&
        !duties.some((d) => d.leaderId === capped.id && d.date === a.date),
    )!;
    const normalCount = (list: Assignment[]) =>
      list.filter((a) => a.leaderId === capped.id && a.date > '2026-10-08').length;
    const edited = await t.http
      .patch(`/api/v1/rosters/${rosterId}/assignments/${other.id}`)
      .set(office)
      .send({ version: roster.version, leaderId: capped.id, reason: '测试超出月度上限' })
      .expect(200);
    // Recomputed: the leader now sits more normal sessions than the monthly cap allows.
    expect(normalCount(edited.body.assignments)).toBeGreaterThan(capped.maxSessionsPerMonth);

    const notice = await t.http.get(`/api/v1/rosters/${rosterId}/notice`).set(office).expect(422);
    expect(notice.body.code).toBe('ROSTER_RECORD_BROKEN');
    const errors = notice.body.findings as Array<{
      severity: string;
      ruleName: string;
      leaderId?: string;
      message: string;
    }>;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    expect(errors.some((f) => f.leaderId === capped.id)).toBe(true);
    for (const f of errors) expect(notice.body.message).toContain(f.ruleName);
    const xlsx = await t.http
      .get(`/api/v1/rosters/${rosterId}/export.xlsx`)
      .set(office)
      .expect(422);
    expect(xlsx.body.code).toBe('ROSTER_RECORD_BROKEN');

    // Put back, the record is whole again and the notice prints.
    await t.http
      .patch(`/api/v1/rosters/${rosterId}/assignments/${other.id}`)
      .set(office)
      .send({ version: edited.body.version, leaderId: other.leaderId, reason: '恢复' })
      .expect(200);
    await t.http.get(`/api/v1/rosters/${rosterId}/notice`).set(office).expect(200);
  });
});
