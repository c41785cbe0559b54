import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { DeliveryWorker } from '../src/notify/delivery.worker.js';
import { RosterPlanner } from '../src/notify/roster-planner.js';
import type { PublishedDuty, RosterPublishedEvent } from '../src/roster/roster-hooks.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Planning with a controlled clock: T-1 rules over weekends, holidays and 调休 make-up days, and a
// duty moved after publication. Events are fed to the roster hook as the roster module does,
// inside a transaction; the worker is off (nothing is sent here).

let t: TestApp;
let unitId: string;
let L01: string;
let L02: string;
const rosterId = randomUUID();

interface Row {
  id: string;
  source: string;
  rule: string;
  recipient_key: string;
  channel: string;
  status: string;
  due_at: Date;
  body: string;
  revision: number;
  ref: { notAfter?: string };
  cancel_reason: string | null;
}

const rows = async (where = 'TRUE', params: unknown[] = []): Promise<Row[]> =>
  t.dataSource.query(
    `SELECT * FROM notification WHERE ${where} ORDER BY due_at, recipient_key`,
    params,
  );

const local = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(d);

/** A duty keeps its assignment id across versions (its confirmation link in the reminder too). */
const assignmentIds = new Map<string, string>();
const assignmentId = (key: string) => {
  if (!assignmentIds.has(key)) assignmentIds.set(key, randomUUID());
  return assignmentIds.get(key)!;
};

function duty(date: string, leaderId: string, session: 'AM' | 'PM' = 'AM'): PublishedDuty {
  return {
    assignmentId: assignmentId(`${date}|${session}|${leaderId}`),
    rosterId,
    month: date.slice(0, 7),
    version: 1,
    date,
    session,
    leaderId,
    sequence: 0,
    updatedAt: new Date(),
  };
}

async function publish(
  version: number,
  duties: PublishedDuty[],
  changes: RosterPublishedEvent['changes'],
) {
  const event: RosterPublishedEvent = {
    unitId,
    rosterId,
    month: duties[0]?.month ?? '2026-09',
    version,
    duties: duties.map((d) => ({ ...d, version })),
    changes,
    byUserId: randomUUID(),
    reason: null,
  };
  await t.dataSource.transaction((tx) => t.app.get(RosterPlanner).onPublished(tx, event));
}

beforeAll(async () => {
  t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
  [{ id: unitId }] = await t.dataSource.query(`SELECT id FROM unit WHERE code = 'QR'`);
  const leaders: Array<{ id: string; code: string }> = await t.dataSource.query(
    `SELECT id, code FROM leader WHERE unit_id = $1 AND code IN ('L01', 'L02') ORDER BY code`,
    [unitId],
  );
  [L01, L02] = leaders.map((l) => l.id);
  await t.dataSource.query(
    `UPDATE leader SET secretary = '{"name":"秘书甲","email":"mishu@example.test"}' WHERE id = $1`,
    [L01],
  );
  await t.dataSource.query(`UPDATE leader SET secretary = NULL WHERE id = $1`, [L02]);
  t.app.get(Clock).set(new Date('2026-09-01T10:00:00+08:00'));
});

afterAll(async () => {
  await t?.close();
});

describe('T-1 reminders on the unit calendar', () => {
  it('plans the day before at 16:00, the last working day before a non-working duty, and 07:30', async () => {
    await publish(
      1,
      [
        duty('2026-09-15', L02), // Tuesday: Monday 16:00
        duty('2026-09-14', L02), // Monday: the day before is Sunday
        duty('2026-09-20', L02), // Sunday, but a 调休 make-up working day: Saturday 16:00
        duty('2026-10-03', L02), // National Day holiday: last working day before = Wed 30 Sep
        duty('2026-10-11', L02), // plain Sunday after the holiday: Sat 10 Oct is a make-up workday
        duty('2026-10-08', L02), // first working day after the holiday: 7 Oct (holiday) 16:00
      ],
      [],
    );
    const got = await rows(`recipient_key = $1 AND rule LIKE 'duty_%'`, [`leader:${L02}`]);
    const byDuty = new Map<string, string[]>();
    for (const r of got) {
      const k = r.source.split(':')[1];
      byDuty.set(k, [...(byDuty.get(k) ?? []), `${r.rule}@${local(r.due_at)}`]);
    }
    expect(Object.fromEntries(byDuty)).toEqual({
      '2026-09-14': ['duty_day_before@2026-09-13 16:00', 'duty_same_morning@2026-09-14 07:30'],
      '2026-09-15': ['duty_day_before@2026-09-14 16:00', 'duty_same_morning@2026-09-15 07:30'],
      '2026-09-20': ['duty_day_before@2026-09-19 16:00', 'duty_same_morning@2026-09-20 07:30'],
      '2026-10-03': ['duty_day_before@2026-09-30 16:00', 'duty_same_morning@2026-10-03 07:30'],
      '2026-10-08': ['duty_day_before@2026-10-07 16:00', 'duty_same_morning@2026-10-08 07:30'],
      '2026-10-11': ['duty_day_before@2026-10-10 16:00', 'duty_same_morning@2026-10-11 07:30'],
    });
    expect(got.every((r) => r.status === 'planned' && r.channel === 'outbox')).toBe(true);
    const body = got.find((r) => r.source.includes('2026-10-03'))!.body;
    expect(body).toContain('10月3日（星期六）上午 08:30—11:30');
    expect(body).toMatch(/接待来访群众/);
    // The petition bureau is told about the publication (no change notice for version 1).
    expect(await rows(`rule = 'roster_published'`)).toHaveLength(1);
    expect(await rows(`rule = 'duty_change'`)).toHaveLength(0);
  });

  it('re-planning the same version duplicates nothing', async () => {
    const before = (await rows()).length;
    const duties = [
      duty('2026-09-15', L02),
      duty('2026-09-14', L02),
      duty('2026-09-20', L02),
      duty('2026-10-03', L02),
      duty('2026-10-11', L02),
      duty('2026-10-08', L02),
    ];
    await publish(1, duties, []);
    const after = await rows();
    expect(after).toHaveLength(before);
    expect(after.every((r) => r.revision === 1)).toBe(true);
  });
});

describe('a duty moved after publication', () => {
  const v2 = () => [duty('2026-09-22', L01)];
  it('plans reminders for leader and secretary', async () => {
    await publish(2, v2(), [
      ...['2026-09-15', '2026-09-14', '2026-09-20', '2026-10-03', '2026-10-11', '2026-10-08'].map(
        (date) => ({ change: 'removed' as const, date, session: 'AM' as const, leaderId: L02 }),
      ),
      { change: 'added', date: '2026-09-22', session: 'AM', leaderId: L01 },
    ]);
    const l02 = await rows(`recipient_key = $1 AND rule LIKE 'duty_day%'`, [`leader:${L02}`]);
    expect(l02.every((r) => r.status === 'cancelled')).toBe(true);
    const l01 = await rows(`source = $1 AND status = 'planned'`, [`duty:2026-09-22:AM:${L01}`]);
    expect(l01.map((r) => `${r.recipient_key}:${r.rule}@${local(r.due_at)}`).sort()).toEqual([
      `leader:${L01}:duty_day_before@2026-09-21 16:00`,
      `leader:${L01}:duty_same_morning@2026-09-22 07:30`,
      `secretary:${L01}:duty_day_before@2026-09-21 16:00`,
      `secretary:${L01}:duty_same_morning@2026-09-22 07:30`,
    ]);
    // Everyone concerned hears about the change: the leader who lost duties, the one who got one,
    // the secretary, and the petition bureau (new publication notice).
    const changes = await rows(`rule = 'duty_change'`);
    expect(changes.map((r) => r.recipient_key).sort()).toEqual(
      [`leader:${L01}`, `leader:${L02}`, `secretary:${L01}`].sort(),
    );
    expect(changes.find((r) => r.recipient_key === `leader:${L02}`)!.body).toContain(
      '9月15日（星期二）上午的接访已取消',
    );
    expect(changes.find((r) => r.recipient_key === `secretary:${L01}`)!.body).toContain(
      '新安排9月22日（星期二）上午接访',
    );
    expect(await rows(`rule = 'roster_published'`)).toHaveLength(2);
  });

  it('moving it again to the afternoon cancels the morning reminders and plans new ones', async () => {
    const moved = [duty('2026-09-22', L01, 'PM')];
    await publish(3, moved, [
      { change: 'removed', date: '2026-09-22', session: 'AM', leaderId: L01 },
      { change: 'added', date: '2026-09-22', session: 'PM', leaderId: L01 },
    ]);
    const am = await rows(`source = $1`, [`duty:2026-09-22:AM:${L01}`]);
    expect(am).toHaveLength(4);
    expect(am.every((r) => r.status === 'cancelled')).toBe(true);
    const pm = await rows(`source = $1 AND status = 'planned'`, [`duty:2026-09-22:PM:${L01}`]);
    expect(pm).toHaveLength(4);
    expect(pm.find((r) => r.rule === 'duty_same_morning')!.body).toContain('下午 14:30');
  });

  it('moving it back reinstates the cancelled rows under a new revision (no duplicates)', async () => {
    await publish(4, v2(), [
      { change: 'removed', date: '2026-09-22', session: 'PM', leaderId: L01 },
      { change: 'added', date: '2026-09-22', session: 'AM', leaderId: L01 },
    ]);
    const am = await rows(`source = $1`, [`duty:2026-09-22:AM:${L01}`]);
    expect(am).toHaveLength(4);
    expect(am.every((r) => r.status === 'planned' && r.revision === 2)).toBe(true);
    const jobs: Array<{ n: string }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notify-deliver' AND data->>'notificationId' = ANY($1)`,
      [am.map((r) => (r as unknown as { id: string }).id)],
    );
    // Revision 1 and revision 2 of each row: the stale one does nothing when it runs.
    expect(Number(jobs[0].n)).toBe(8);
  });

  it('a reminder planned after its time goes out now, outside quiet hours', async () => {
    t.app.get(Clock).set(new Date('2026-09-21T23:00:00+08:00'));
    await publish(
      5,
      [...v2(), duty('2026-09-22', L02, 'PM')],
      [{ change: 'added', date: '2026-09-22', session: 'PM', leaderId: L02 }],
    );
    const r = await rows(`source = $1 AND rule = 'duty_day_before'`, [`duty:2026-09-22:PM:${L02}`]);
    // 16:00 has passed and 23:00 is quiet: the reminder waits until 07:00.
    expect(local(r[0].due_at)).toBe('2026-09-22 07:00');
  });

  it('a reminder still unsent when its session begins is cancelled, not sent late', async () => {
    const [r] = await rows(`source = $1 AND rule = 'duty_same_morning'`, [
      `duty:2026-09-22:PM:${L02}`,
    ]);
    expect(r.ref.notAfter).toBe(new Date('2026-09-22T14:30:00+08:00').toISOString());
    t.app.get(Clock).set(new Date('2026-09-22T14:31:00+08:00'));
    const outcome = await t.app
      .get(DeliveryWorker)
      .deliver({ notificationId: r.id, revision: r.revision });
    expect(outcome).toBe('skipped');
    const [after] = await rows('id = $1', [r.id]);
    expect(after).toMatchObject({ status: 'cancelled', cancel_reason: '场次已开始，不再发送' });
  });
});
