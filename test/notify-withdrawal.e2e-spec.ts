import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { DeliveryWorker } from '../src/notify/delivery.worker.js';
import { caseInput, deadlineAfter, demoCases } from './fixtures/appointments/cases.js';
import { publishRosterWithHooks } from './fixtures/appointments/roster.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A department's invitation that was already sent and no longer holds: the department hears of it
// (撤销 / 改期) through the same rows, worker, channel, idempotency key, quiet hours and retries as
// any reminder. Delivery is observed at a local webhook receiver; the clock is controlled.

interface Hit {
  ok: boolean;
  raw: string;
  headers: IncomingMessage['headers'];
  json: { id: string; idempotencyKey: string; rule: string; subject: string; text: string };
}

interface Row {
  id: string;
  rule: string;
  source: string;
  recipient_key: string;
  status: string;
  revision: number;
  subject: string;
  body: string;
  ref: { date?: string; session?: string; notAfter?: string };
  cancel_reason: string | null;
}

const at = (iso: string) => new Date(`${iso}+08:00`);
const VENUE = '市群众来访接待中心（市信访局一楼）';

// Petitioners of the demo city's cases: none of this may leave in any message.
const DEMO = demoCases();
const people = (i: number) => DEMO[i].petitioners;

describe('withdrawal notices for invitations already sent', () => {
  let t: TestApp;
  let receiver: Server;
  let clock: Clock;
  let unitId: string;
  let L12: string;
  const hits: Hit[] = [];
  /** When set, the receiver answers 500 to the first attempt of each withdrawal notice. */
  let failFirstWithdrawal = false;
  const failedOnce = new Set<string>();
  const cases: Record<string, string> = {};
  const appointments: Record<string, string> = {};
  const departmentsOf: Record<string, string[]> = {};

  const office = () => t.auth('office');
  const petition = () => t.auth('petition');

  const rowsOf = (ref: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT id, rule, source, recipient_key, status, revision, subject, body, ref, cancel_reason
         FROM notification WHERE appointment_id = $1 ORDER BY created_at, recipient_key`,
      [appointments[ref]],
    );
  /** Messages the receiver accepted for these rows (one per row unless something sent twice). */
  const deliveredFor = (rows: Row[]) => {
    const ids = new Set(rows.map((r) => r.id));
    return hits.filter((h) => h.ok && ids.has(h.json.id));
  };
  const waitFor = async <T>(fn: () => Promise<T | undefined | false>, what: string): Promise<T> => {
    const end = Date.now() + 30_000;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  /** Waits until `n` rows of the rule are sent for the case's appointment, and returns them. */
  const sent = (ref: string, rule: string, n: number) =>
    waitFor(async () => {
      const rows = (await rowsOf(ref)).filter((r) => r.rule === rule && r.status === 'sent');
      return rows.length >= n && rows;
    }, `${n} ${rule} of ${ref}`);
  const settle = () => new Promise((r) => setTimeout(r, 1500));

  const publish = (month: string, duties: Array<{ date: string; session: 'AM' | 'PM' }>) =>
    publishRosterWithHooks(t, unitId, month, duties);

  async function reassign(ref: string, date: string) {
    await t.http
      .post(`/api/v1/appointments/${appointments[ref]}/reassign`)
      .set(await office())
      .send({ leaderId: L12, date, session: 'AM' })
      .expect(200);
  }
  async function accept(ref: string) {
    const res = await t.http
      .post(`/api/v1/appointments/${appointments[ref]}/accept`)
      .set(await office())
      .send({})
      .expect(200);
    departmentsOf[ref] = res.body.departmentIds;
  }
  /** Books the case in L12's morning session of `date` and waits until it is sent out. */
  async function book(ref: string, date: string) {
    await reassign(ref, date);
    await accept(ref);
    expect(departmentsOf[ref].length).toBeGreaterThan(0);
    return sent(ref, 'department_invitation', departmentsOf[ref].length);
  }

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const json = JSON.parse(raw) as Hit['json'];
        const fail =
          failFirstWithdrawal &&
          json.rule === 'department_withdrawal' &&
          !failedOnce.has(json.idempotencyKey);
        if (fail) failedOnce.add(json.idempotencyKey);
        hits.push({
          ok: !fail,
          raw: `${req.url}\n${JSON.stringify(req.headers)}\n${raw}`,
          headers: req.headers,
          json,
        });
        res.writeHead(fail ? 500 : 200).end(fail ? 'busy' : 'ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    t = await startTestApp({
      env: {
        NOTIFY_POLL_INTERVAL_MS: '500',
        NOTIFY_RETRY_DELAY_SECONDS: '1',
        NOTIFY_MAX_ATTEMPTS: '3',
        // The receiver runs on this host.
        NOTIFY_ALLOWED_HOSTS: '127.0.0.1',
      },
    });
    clock = t.app.get(Clock);
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: L12 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L12'");
    await t.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(await t.auth('admin'))
      .send({
        channels: { webhook: { url, secret: 'withdrawal-secret-0123456789' } },
        preference: ['webhook'],
        quietHours: { start: '22:00', end: '07:00' },
      })
      .expect(200);

    clock.set(at('2026-12-01T10:00'));
    // Tuesdays and Thursdays of December 2026, mornings.
    await publish('2026-12', [
      { date: '2026-12-08', session: 'AM' },
      { date: '2026-12-10', session: 'AM' },
      { date: '2026-12-15', session: 'AM' },
      { date: '2026-12-17', session: 'AM' },
    ]);
    const refs = ['WD-01', 'WD-02', 'WD-03', 'WD-04', 'WD-05', 'WD-06', 'WD-07'];
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(await petition())
      .send(
        refs.map((reference, i) =>
          caseInput({
            reference,
            subject: '城乡建设',
            receiveBefore: deadlineAfter('2027-01-31'),
            petitioners: people(i),
            groupSize: people(i).length,
            // Two departments for the first case: each hears on its own.
            departments: i === 0 ? ['市交通运输局'] : [],
          }),
        ),
      )
      .expect(201);
    for (const c of res.body.cases) cases[c.reference] = c.id;
    const match = await t.http
      .post(`/api/v1/units/${unitId}/appointments/match`)
      .set(await office())
      .send({ month: '2026-12' })
      .expect(200);
    for (const p of match.body.proposals) appointments[p.caseReference] = p.id;
    expect(Object.keys(appointments).sort()).toEqual(refs);
  });

  afterAll(async () => {
    await t?.close();
    receiver?.closeAllConnections();
    await new Promise<void>((r) => receiver?.close(() => r()));
  });

  it('a moved appointment: one 改期 notice per department, then the new invitation', async () => {
    const first = await book('WD-01', '2026-12-08');
    expect(first).toHaveLength(2);
    expect(first[0].body).toContain('12月8日（星期二）上午');

    await reassign('WD-01', '2026-12-10');
    await accept('WD-01');
    const notices = await sent('WD-01', 'department_withdrawal', 2);
    const invitations = await sent('WD-01', 'department_invitation', 4);
    await settle();

    const rows = await rowsOf('WD-01');
    for (const department of departmentsOf['WD-01']) {
      const mine = rows.filter((r) => r.recipient_key === `department:${department}`);
      const notice = deliveredFor(mine.filter((r) => r.rule === 'department_withdrawal'));
      expect(notice).toHaveLength(1);
      expect(notice[0].json.subject).toBe('接访会商改期通知：12月8日（星期二）上午');
      expect(notice[0].json.text).toContain(
        `派员于12月8日（星期二）上午 08:30—11:30到${VENUE}参加领导接访会商（案件编号 WD-01）`,
      );
      expect(notice[0].json.text).toContain('改期至12月10日（星期四）上午 08:30—11:30');
      expect(notice[0].json.text).toContain('原定场次无需参加');
      expect(notice[0].json.text).not.toContain('已取消');
      // The old invitation and the normal one for the new session; nothing else.
      const invited = deliveredFor(mine.filter((r) => r.rule === 'department_invitation'));
      expect(invited.map((h) => h.json.subject)).toEqual([
        '接访会商邀请：12月8日（星期二）上午',
        '接访会商邀请：12月10日（星期四）上午',
      ]);
    }
    expect(notices.every((r) => r.ref.date === '2026-12-08')).toBe(true);
    expect(invitations).toHaveLength(4);
  });

  it('a closed case: one cancellation, retried on a 500 under the same idempotency key', async () => {
    await book('WD-02', '2026-12-15');
    failFirstWithdrawal = true;
    try {
      await t.http
        .post(`/api/v1/priority-cases/${cases['WD-02']}/close`)
        .set(await petition())
        // Staff's free text may name people: it must not travel with the notice.
        .send({ reason: `${people(1)[0].name}已撤回信访事项` })
        .expect(200);
      const [notice] = await sent('WD-02', 'department_withdrawal', 1);
      await settle();
      const attempts = hits.filter((h) => h.json.id === notice.id);
      expect(attempts.map((h) => h.ok)).toEqual([false, true]);
      expect(new Set(attempts.map((h) => h.headers['idempotency-key']))).toEqual(
        new Set([`${notice.id}.1`]),
      );
      expect(notice.subject).toBe('接访会商邀请撤销通知：12月15日（星期二）上午');
      expect(notice.body).toContain('（案件编号 WD-02），该件约访已取消，贵单位无需就此派员参加。');
      const rows = await rowsOf('WD-02');
      expect(rows.filter((r) => r.rule === 'department_withdrawal')).toHaveLength(1);
    } finally {
      failFirstWithdrawal = false;
    }
  });

  it('an invitation never sent (held by quiet hours) is just cancelled: nothing goes out', async () => {
    clock.set(at('2026-12-01T23:00'));
    await reassign('WD-03', '2026-12-17');
    await accept('WD-03');
    const [pending] = await rowsOf('WD-03');
    expect(pending).toMatchObject({ rule: 'department_invitation', status: 'planned' });
    await t.http
      .post(`/api/v1/appointments/${appointments['WD-03']}/postpone`)
      .set(await office())
      .send({ reason: `${people(2)[0].name}住院` })
      .expect(200);
    const rows = await rowsOf('WD-03');
    expect(rows.map((r) => [r.rule, r.status])).toEqual(
      departmentsOf['WD-03'].map(() => ['department_invitation', 'cancelled']),
    );
    await settle();
    expect(hits.filter((h) => h.raw.includes('WD-03'))).toEqual([]);
  });

  it('a case turned 检举控告: the session’s invitation is withdrawn without naming the case', async () => {
    clock.set(at('2026-12-02T10:00'));
    await book('WD-04', '2026-12-10');
    const [{ version }] = await t.dataSource.query(
      'SELECT version FROM priority_case WHERE id = $1',
      [cases['WD-04']],
    );
    await t.http
      .patch(`/api/v1/priority-cases/${cases['WD-04']}`)
      .set(await petition())
      .send({ version, flags: { accusation: true } })
      .expect(200);
    const notices = await sent('WD-04', 'department_withdrawal', departmentsOf['WD-04'].length);
    await settle();
    for (const h of deliveredFor(notices)) {
      expect(h.json.subject).toBe('接访会商邀请撤销通知：12月10日（星期四）上午');
      expect(h.json.text).toContain(
        `派员于12月10日（星期四）上午 08:30—11:30到${VENUE}参加领导接访会商，该邀请已撤销，贵单位无需就此派员参加。`,
      );
      // WD-01 still needs the same department that morning.
      expect(h.json.text).toContain('本场次涉及贵单位的其他约访安排不变。');
      expect(h.raw).not.toContain('WD-04');
      expect(h.raw).not.toContain('案件编号');
    }
    expect(deliveredFor(notices)).toHaveLength(departmentsOf['WD-04'].length);
  });

  it('the same change planned again sends one notice', async () => {
    await book('WD-05', '2026-12-15');
    // Late at night: the notice waits for the quiet hours to end.
    clock.set(at('2026-12-02T23:00'));
    await reassign('WD-05', '2026-12-17');
    await reassign('WD-05', '2026-12-17');
    const notices = (await rowsOf('WD-05')).filter((r) => r.rule === 'department_withdrawal');
    expect(notices.map((r) => [r.status, r.revision])).toEqual(
      departmentsOf['WD-05'].map(() => ['planned', 1]),
    );
    expect(notices[0].body).toContain('新场次确认后另行通知');
    // 07:00, the end of the quiet hours: the job fires (the test clock runs ahead of pg-boss's).
    clock.set(at('2026-12-03T07:05'));
    const worker = t.app.get(DeliveryWorker);
    for (const r of notices) {
      expect(await worker.deliver({ notificationId: r.id, revision: r.revision })).toBe('sent');
    }
    // Later, the same change once more, twice: nothing new is planned or sent.
    clock.set(at('2026-12-03T10:00'));
    await reassign('WD-05', '2026-12-17');
    await reassign('WD-05', '2026-12-17');
    await settle();
    const rows = (await rowsOf('WD-05')).filter((r) => r.rule === 'department_withdrawal');
    expect(rows.map((r) => [r.status, r.revision])).toEqual(
      departmentsOf['WD-05'].map(() => ['sent', 1]),
    );
    expect(deliveredFor(rows)).toHaveLength(departmentsOf['WD-05'].length);
  });

  it('no notice for a session that has begun, at planning or at sending', async () => {
    await book('WD-06', '2026-12-08');
    await book('WD-07', '2026-12-17');

    // Planned after the start: none.
    clock.set(at('2026-12-08T09:00'));
    await t.http
      .post(`/api/v1/priority-cases/${cases['WD-06']}/close`)
      .set(await petition())
      .send({ reason: '已化解' })
      .expect(200);
    expect((await rowsOf('WD-06')).map((r) => [r.rule, r.status])).toEqual(
      departmentsOf['WD-06'].map(() => ['department_invitation', 'sent']),
    );

    // Planned in the quiet hours before the session, found by the worker after it began: dropped.
    clock.set(at('2026-12-16T23:00'));
    await t.http
      .post(`/api/v1/appointments/${appointments['WD-07']}/postpone`)
      .set(await office())
      .send({ reason: '信访人要求延后' })
      .expect(200);
    const [notice] = (await rowsOf('WD-07')).filter((r) => r.rule === 'department_withdrawal');
    expect(notice).toMatchObject({ status: 'planned' });
    expect(notice.ref.notAfter).toBe(at('2026-12-17T08:30').toISOString());
    clock.set(at('2026-12-17T09:00'));
    const outcome = await t.app
      .get(DeliveryWorker)
      .deliver({ notificationId: notice.id, revision: notice.revision });
    expect(outcome).toBe('skipped');
    const [after] = (await rowsOf('WD-07')).filter((r) => r.id === notice.id);
    expect(after).toMatchObject({ status: 'cancelled', cancel_reason: '场次已开始，不再发送' });
    expect(hits.some((h) => h.json.id === notice.id)).toBe(false);
  });

  it('no petitioner name, phone or ID number in anything sent or planned', async () => {
    expect(hits.filter((h) => h.json.rule === 'department_withdrawal').length).toBeGreaterThan(5);
    const planned: Array<{ t: string }> = await t.dataSource.query(
      "SELECT subject || body || ref::text || recipient::text || COALESCE(cancel_reason, '') AS t FROM notification",
    );
    const text = Buffer.from(
      [...hits.map((h) => h.raw), ...planned.map((r) => r.t)].join('\n'),
      'utf8',
    );
    for (const p of DEMO.slice(0, 7).flatMap((c) => c.petitioners)) {
      for (const v of [p.name, p.phone, p.idNumber]) {
        expect(text.includes(Buffer.from(v!, 'utf8'))).toBe(false);
      }
    }
  });
});
