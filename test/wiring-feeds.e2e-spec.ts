import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { FeedsService } from '../src/feeds/feeds.service.js';
import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { publishRoster } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Feeds ← appointments (what a leader's and a department's calendar show of booked cases) and
// feeds ← org (links die with the leader or department they show), through the real modules.

type Headers = { Authorization: string };

const date = today().plus({ days: 10 });
const DAY = date.toISODate()!;
const MONTH = date.toFormat('yyyy-MM');

/** Petitioners of the cases below: none of this may ever appear in a feed. */
const PUBLIC_PETITIONER = {
  name: '欧阳锦绣',
  phone: '13912345678',
  idNumber: idNumber('110105', '19750505', 771),
};
const SECRET_PETITIONER = {
  name: '司马青云',
  phone: '13787654321',
  idNumber: idNumber('440103', '19660606', 772),
};
const ACCUSER = {
  name: '诸葛明远',
  phone: '13600001111',
  idNumber: idNumber('320102', '19700707', 773),
};

function events(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      date: e.startDate.toString().slice(0, 10),
      summary: e.summary,
      description: e.description,
    };
  });
}

describe('wiring: feeds show booked appointments; org changes end feed links', () => {
  let t: TestApp;
  let office: Headers;
  let unitId: string;
  let L12: string;
  let caseIds: Record<string, string>;
  let appointment: { id: string; departmentIds: string[] };
  let departmentId: string;
  const urls: Record<'leader' | 'department' | 'unit', string> = {
    leader: '',
    department: '',
    unit: '',
  };

  const link = async (path: string, user: string) => {
    const res = await t.http
      .get(`/api/v1/${path}/feed`)
      .set(await t.auth(user))
      .expect(200);
    return new URL(res.body.url as string).pathname;
  };
  const fetchFeed = async (path: string, status = 200) => {
    const res = await t.http
      .get(path)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(status);
    return { body: (res.body as Buffer).toString('utf8'), etag: res.headers.etag as string };
  };
  const sessionEvent = (body: string) => events(body).find((e) => e.date === DAY);

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    office = await t.auth('office');
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: L12 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L12'");
    await publishRoster(t.dataSource, unitId, MONTH, [
      { date: DAY, session: 'AM', leaderCode: 'L12' },
    ]);
    await t.dataSource.transaction((tx) => t.app.get(FeedsService).touch(tx, unitId));
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(await t.auth('petition'))
      .send([
        caseInput({
          reference: 'WF-PUBLIC',
          subject: '城乡建设',
          risk: '红',
          petitioners: [PUBLIC_PETITIONER],
        }),
        caseInput({
          reference: 'WF-SECRET',
          subject: '纪检监察',
          receiveBefore: null,
          petitioners: [SECRET_PETITIONER],
        }),
        caseInput({
          reference: 'WF-ACCUSE',
          subject: '城乡建设',
          flags: { accusation: true },
          receiveBefore: null,
          petitioners: [ACCUSER],
        }),
      ])
      .expect(201);
    caseIds = Object.fromEntries(
      (res.body.cases as Array<{ id: string; reference: string }>).map((c) => [c.reference, c.id]),
    );
    urls.leader = await link(`leaders/${L12}`, 'leader12');
    urls.unit = await link(`units/${unitId}`, 'office');
  });
  afterAll(() => t.close());

  it('accepting an appointment puts its case code and count on the leader’s and department’s feeds', async () => {
    const before = await fetchFeed(urls.leader);
    expect(sessionEvent(before.body)).toMatchObject({ summary: '领导接访（上午）' });
    expect(sessionEvent(before.body)!.description).toContain('约访：暂无');

    const match = await t.http
      .post(`/api/v1/units/${unitId}/appointments/match`)
      .set(office)
      .send({ month: MONTH })
      .expect(200);
    appointment = match.body.proposals.find(
      (p: { caseReference: string }) => p.caseReference === 'WF-PUBLIC',
    );
    expect(appointment).toMatchObject({ leaderId: L12, date: DAY, session: 'AM' });
    expect(appointment.departmentIds.length).toBeGreaterThan(0);
    departmentId = appointment.departmentIds[0];
    urls.department = await link(`departments/${departmentId}`, 'admin');
    // A proposal is nobody's business yet.
    expect(sessionEvent((await fetchFeed(urls.leader)).body)!.description).toContain('约访：暂无');
    expect(events((await fetchFeed(urls.department)).body)).toEqual([]);

    // Bad data that must still never surface: restricted and accusation cases booked in the session.
    for (const ref of ['WF-SECRET', 'WF-ACCUSE']) {
      await t.dataSource.query(
        `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, department_ids, status, month, version)
         VALUES ($1, $2, $3, $4, 'AM', ARRAY[$5]::uuid[], 'scheduled', $6, 1)`,
        [unitId, caseIds[ref], L12, DAY, departmentId, MONTH],
      );
    }

    await t.http
      .post(`/api/v1/appointments/${appointment.id}/accept`)
      .set(office)
      .send({})
      .expect(200);

    const leader = await fetchFeed(urls.leader);
    expect(leader.etag).not.toBe(before.etag);
    const ev = sessionEvent(leader.body)!;
    expect(ev.summary).toBe('领导接访（上午）·约访 1 件');
    expect(ev.description).toContain('约访：1 件（案件编号 WF-PUBLIC）');

    const department = await fetchFeed(urls.department);
    const invited = events(department.body);
    expect(invited).toHaveLength(1);
    expect(invited[0]).toMatchObject({ date: DAY, summary: expect.stringContaining('会商') });
    expect(invited[0].description).toContain('约访：1 件（案件编号 WF-PUBLIC）');

    // Unchanged since: the same bytes.
    expect((await fetchFeed(urls.leader)).etag).toBe(leader.etag);

    // Byte search over every feed kind: no petitioner data, no restricted case.
    const unit = await fetchFeed(urls.unit);
    const all = [leader.body, department.body, unit.body].join('').replace(/\r\n[ \t]/g, '');
    for (const p of [PUBLIC_PETITIONER, SECRET_PETITIONER, ACCUSER]) {
      for (const v of Object.values(p)) expect(all).not.toContain(v);
    }
    expect(all).not.toContain('WF-SECRET');
    expect(all).not.toContain('WF-ACCUSE');
    // Mobile numbers; letters around the digits mean a hex id, such as a UID's random part.
    expect(all).not.toMatch(/(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/);
    expect(all).not.toMatch(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/);
    const stored: Array<Record<string, unknown>> = await t.dataSource.query(
      'SELECT * FROM case_petitioner',
    );
    for (const row of stored)
      for (const v of Object.values(row))
        if (typeof v === 'string' && v.length >= 4 && !/^[0-9a-f-]{36}$/.test(v))
          expect(all).not.toContain(v);
  });

  it('postponing it takes it off both feeds', async () => {
    await t.http
      .post(`/api/v1/appointments/${appointment.id}/postpone`)
      .set(office)
      .send({ reason: '信访人要求改期' })
      .expect(200);
    const ev = sessionEvent((await fetchFeed(urls.leader)).body)!;
    expect(ev.summary).toBe('领导接访（上午）');
    expect(ev.description).toContain('约访：暂无');
    expect(events((await fetchFeed(urls.department)).body)).toEqual([]);
  });

  it('deactivating a leader ends the links to their feed at once: the old URL answers 410', async () => {
    const [{ id: L05 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L05'");
    const old = await link(`leaders/${L05}`, 'leader05');
    await fetchFeed(old);
    await t.http.post(`/api/v1/leaders/${L05}/deactivate`).set(office).send({}).expect(200);
    // Revoked in the deactivating transaction, not only when the link is next used.
    const rows = await t.dataSource.query(
      'SELECT revoked_at, revoked_reason FROM feed_token WHERE leader_id = $1',
      [L05],
    );
    expect(rows).toEqual([{ revoked_at: expect.any(Date), revoked_reason: 'leader_inactive' }]);
    await fetchFeed(old, 410);
    // Other leaders' links are untouched.
    await fetchFeed(urls.leader);
  });

  it('deactivating a department ends the links to its feed', async () => {
    await fetchFeed(urls.department);
    await t.http
      .post(`/api/v1/departments/${departmentId}/deactivate`)
      .set(office)
      .send({})
      .expect(200);
    const rows = await t.dataSource.query(
      'SELECT revoked_reason FROM feed_token WHERE department_id = $1',
      [departmentId],
    );
    expect(rows).toEqual([{ revoked_reason: 'department_inactive' }]);
    await fetchFeed(urls.department, 410);
  });
});
