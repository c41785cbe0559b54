import { PiiCrypto } from '../src/appointments/pii/pii-crypto.js';
import { caseInput, idNumber, today } from './fixtures/appointments/cases.js';
import { assumeConfirmedYear, publishRosterWithHooks } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The leader's briefing per upcoming session: summary, history, 包案 record, departments;
// petitioners' names masked until the session day, then revealed on an audited read.

type Headers = { Authorization: string };

describe("the leader's briefing", () => {
  let t: TestApp;
  let petition: Headers;
  let office: Headers;
  let leader12: Headers;
  let cityId: string;
  const leader = new Map<string, string>();
  const day = today().toISODate()!;
  const later = today().plus({ days: 2 }).toISODate()!;
  const url = (q = '') => `/api/v1/leaders/${leader.get('L12')}/briefing${q}`;

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    petition = await t.auth('petition');
    office = await t.auth('office');
    leader12 = await t.auth('leader12');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
    const [{ id: housing }] = await t.dataSource.query(
      "SELECT id FROM department WHERE name = '市住房和城乡建设局'",
    );
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([
        caseInput({
          reference: 'BR-TODAY',
          summary: '拆迁补偿标准争议',
          previousLeader: 'L14',
          petitioners: [
            { name: '欧阳禾', phone: '13900001111', idNumber: idNumber('330102', '19700101', 1) },
          ],
        }),
        caseInput({
          reference: 'BR-LATER',
          summary: '物业维修基金使用',
          petitioners: [{ name: '司马光', idNumber: idNumber('330102', '19700101', 2) }],
        }),
      ])
      .expect(201);
    // 欧阳禾 came to the hall before, as a walk-in: the briefing's history shows it.
    const crypto = t.app.get(PiiCrypto);
    const [w] = await t.dataSource.query(
      `INSERT INTO walk_in_reception (unit_id, reference, date, session, leader_id, case_leader_id,
         persons, subject_code, summary, demands, outcome, status, version)
       VALUES ($1, 'LF-20260105-001', '2026-01-05', 'AM', $2, $2, 1, 'urban_construction', '拆迁补偿',
         '提高补偿', 'assigned', 'open', 1) RETURNING id`,
      [cityId, leader.get('L13')],
    );
    await t.dataSource.query(
      `INSERT INTO walk_in_petitioner (walk_in_id, position, name_enc, id_number_enc, id_number_hmac)
       VALUES ($1, 0, $2, $3, $4)`,
      [
        w.id,
        crypto.encrypt('欧阳禾'),
        crypto.encrypt(idNumber('330102', '19700101', 1)),
        crypto.hmacIdNumber(idNumber('330102', '19700101', 1)),
      ],
    );
    const ids = new Map(
      res.body.cases.map((c: { reference: string; id: string }) => [c.reference, c.id]),
    );
    for (const [ref, date] of [
      ['BR-TODAY', day],
      ['BR-LATER', later],
    ] as const) {
      await assumeConfirmedYear(t.dataSource, date);
      await t.dataSource.query("UPDATE priority_case SET status = 'scheduled' WHERE id = $1", [
        ids.get(ref),
      ]);
      await t.dataSource.query(
        `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, slot_start, slot_end,
           status, month, department_ids, version)
         VALUES ($1, $2, $3, $4, 'PM', '15:00', '16:00', 'scheduled', $5, $6, 1)`,
        [cityId, ids.get(ref), leader.get('L12'), date, date.slice(0, 7), [housing]],
      );
    }
  });
  afterAll(() => t.close());

  it('keeps the briefing out of feeds and reminders: case references only', async () => {
    for (const month of [...new Set([day, later].map((d) => d.slice(0, 7)))]) {
      await publishRosterWithHooks(
        t,
        cityId,
        month,
        [day, later].filter((d) => d.startsWith(month)).map((date) => ({ date, session: 'PM' })),
      );
    }
    const link = await t.http
      .get(`/api/v1/leaders/${leader.get('L12')}/feed`)
      .set(leader12)
      .expect(200);
    const feed = await t.http
      .get(new URL(link.body.url).pathname)
      .buffer(true)
      .parse((res, cb) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => cb(null, text));
      })
      .expect(200);
    const ics = String(feed.body).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BR-LATER');
    const reminders = await t.dataSource.query('SELECT subject, body, ref FROM notification');
    expect(reminders.length).toBeGreaterThan(0);
    for (const text of [ics, JSON.stringify(reminders)]) {
      expect(text).not.toMatch(
        /拆迁补偿标准争议|物业维修基金使用|欧阳禾|司马光|欧\*\*|13900001111/,
      );
    }
  });

  it('lists the coming sessions with the cases, names masked', async () => {
    const res = await t.http.get(url()).set(leader12).expect(200);
    expect(res.body.sessions.map((s: { date: string }) => s.date)).toEqual([day, later]);
    const [first] = res.body.sessions[0].cases;
    expect(first).toMatchObject({
      reference: 'BR-TODAY',
      summary: '拆迁补偿标准争议',
      previousLeaderName: expect.any(String),
      departments: ['市住房和城乡建设局'],
      petitioners: ['欧**'],
    });
    expect(first.history).toEqual([
      {
        date: '2026-01-05',
        leaderName: '田禾丰',
        outcome: '来访 交办',
        reference: 'LF-20260105-001',
      },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/欧阳禾|司马光|13900001111|330102/);
  });

  it('reveals the names on the session day only, with an audit row', async () => {
    const early = await t.http.get(url(`?date=${later}&reveal=true`)).set(leader12);
    expect([early.status, early.body.field]).toEqual([409, 'reveal']);
    await t.http
      .get(url(`?date=${day}&reveal=true`))
      .set(office)
      .expect(403);
    const res = await t.http
      .get(url(`?date=${day}&reveal=true`))
      .set(leader12)
      .expect(200);
    expect(res.body.sessions[0]).toMatchObject({ revealed: true });
    expect(res.body.sessions[0].cases[0].petitioners).toEqual(['欧阳禾']);
    const audit = await t.dataSource.query(
      "SELECT detail FROM audit_log WHERE action = 'pii.read' AND detail->>'via' = 'briefing'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].detail.reference).toBe('BR-TODAY');
  });

  it('keeps a leader to their own briefing and prints the sheet', async () => {
    await t.http
      .get(url())
      .set(await t.auth('leader13'))
      .expect(403);
    const sheet = await t.http
      .get(`${url('.html')}`)
      .set(leader12)
      .expect(200);
    expect(sheet.headers['content-type']).toMatch(/text\/html/);
    expect(sheet.text).toContain('BR-LATER');
    expect(sheet.text).toContain('司*');
    expect(sheet.text).not.toContain('司马光');
    const past = await t.http
      .get(url(`?date=${today().minus({ days: 1 }).toISODate()}`))
      .set(leader12);
    expect([past.status, past.body.field]).toEqual([409, 'date']);
  });
});
