/**
 * What the cases flow does behind the pages: API calls as another user (a colleague's edit, the
 * audit log), and a session that has already taken place. The flow plans next month, so every
 * appointment it books lies in the future and no page can record a reception for it; a booking
 * on a session held earlier is written into the service's database instead.
 */
import chineseDays from 'chinese-days';
import { DateTime } from 'luxon';
import pg from 'pg';

const ZONE = 'Asia/Shanghai';

export interface Api {
  get<T>(path: string): Promise<T>;
  /** Any answer, also a refusal (get() throws on one). */
  send(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<Response>;
}

export async function apiAs(baseUrl: string, username: string, password: string): Promise<Api> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { Authorization: `Bearer ${accessToken}` };
  return {
    async get<T>(path: string) {
      const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: auth });
      if (!res.ok) throw new Error(`GET ${path} as ${username}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    send: (method, path, body) =>
      fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** Today in China (YYYY-MM-DD), as the service and the page count days. */
export const chinaToday = () => DateTime.now().setZone(ZONE).toISODate()!;

/** The time slot bookHeldSession gives the appointment, China time. */
const HELD_SLOT = { start: '09:00', end: '09:30' };

/**
 * The last working day in China whose HELD_SLOT has begun (a reception is recorded only then):
 * today after 09:00, else the working day before. Leaders sit on working days only; chinese-days
 * treats a year it does not know as plain Mon–Fri, which is good enough for a past session.
 */
export function lastWorkingDay(): string {
  const now = DateTime.now().setZone(ZONE);
  let d = now.toFormat('HH:mm') >= HELD_SLOT.start ? now : now.minus({ days: 1 });
  while (!chineseDays.isWorkday(d.toISODate()!)) d = d.minus({ days: 1 });
  return d.toISODate()!;
}

export interface HeldSession {
  appointmentId: string;
  date: string;
  /** YYYY-MM: the month the 约访匹配 panel lists the appointment under. */
  month: string;
}

/**
 * Books case `caseId` on a morning session held on `date`, as if it had been matched and
 * accepted back then: the leader and invited departments of appointment `like` (a booking of the
 * same category, so the leader is one who covers it) sit in a roster of that month published by
 * the office user, and the case is 已约定. That month must have no roster yet (the flow plans a
 * later one).
 */
export async function bookHeldSession(
  databaseUrl: string,
  { caseId, like, date }: { caseId: string; like: string; date: string },
): Promise<HeldSession> {
  const month = date.slice(0, 7);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const template = await client.query<{
      unit_id: string;
      leader_id: string;
      department_ids: string[];
    }>('SELECT unit_id, leader_id, department_ids FROM appointment WHERE id = $1', [like]);
    if (template.rowCount !== 1) throw new Error(`appointment ${like} not found`);
    const {
      unit_id: unitId,
      leader_id: leaderId,
      department_ids: departmentIds,
    } = template.rows[0];
    const office = await client.query<{ id: string; username: string }>(
      "SELECT id, username FROM app_user WHERE username = 'office'",
    );
    const roster = await client.query<{ id: string }>(
      `INSERT INTO roster (unit_id, month, status, version, published_version)
       VALUES ($1, $2, 'published', 1, 1) RETURNING id`,
      [unitId, month],
    );
    const rosterId = roster.rows[0].id;
    const duty = await client.query<{ id: string; sequence: number; updated_at: Date }>(
      `INSERT INTO roster_assignment (roster_id, date, session, leader_id)
       VALUES ($1, $2, 'AM', $3) RETURNING id, sequence, updated_at`,
      [rosterId, date, leaderId],
    );
    const d = duty.rows[0];
    await client.query(
      `INSERT INTO roster_version
         (roster_id, number, published_at, published_by, published_by_name, reason, duties, changes)
       VALUES ($1, 1, now(), $2, $3, NULL, $4::jsonb, $5::jsonb)`,
      [
        rosterId,
        office.rows[0].id,
        office.rows[0].username,
        JSON.stringify([
          {
            assignmentId: d.id,
            date,
            session: 'AM',
            leaderId,
            sequence: d.sequence,
            updatedAt: d.updated_at.toISOString(),
          },
        ]),
        JSON.stringify([{ change: 'added', date, session: 'AM', leaderId }]),
      ],
    );
    const appointment = await client.query<{ id: string }>(
      `INSERT INTO appointment (unit_id, case_id, leader_id, date, session, slot_start, slot_end,
         department_ids, status, month, score, flagged, version)
       VALUES ($1, $2, $3, $4, 'AM', $7, $8, $5, 'scheduled', $6, 0, false, 1)
       RETURNING id`,
      [unitId, caseId, leaderId, date, departmentIds, month, HELD_SLOT.start, HELD_SLOT.end],
    );
    const booked = await client.query(
      "UPDATE priority_case SET status = 'scheduled' WHERE id = $1 AND status = 'pending'",
      [caseId],
    );
    if (booked.rowCount !== 1) throw new Error(`case ${caseId} is not waiting for a leader`);
    await client.query('COMMIT');
    return { appointmentId: appointment.rows[0].id, date, month };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** Waits up to 10 s for what the page shows after a request it makes on its own. */
export async function eventually(
  condition: () => Promise<boolean>,
  message: string,
): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`check failed: ${message}`);
}

/**
 * The handling deadline the service gives for a counted last day, recomputed from the unit's
 * calendar: that day, or the next working day when it is a rest day (a year nobody confirmed:
 * the counted day).
 */
export async function rolledDeadline(api: Api, unitId: string, nominal: string): Promise<string> {
  const next = (d: string) => DateTime.fromISO(d).plus({ days: 1 }).toISODate()!;
  for (let d = nominal, n = 0; n <= 31; d = next(d), n++) {
    const res = await api.send('GET', `/units/${unitId}/calendar?month=${d.slice(0, 7)}`);
    if (res.status === 422) return nominal;
    const days = (await res.json()) as Array<{ date: string; working: boolean }>;
    if (days.find((x) => x.date === d)?.working) return d;
  }
  return nominal;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** A handling deadline as the page words it: 2月2日（星期二）, and the counted day when it rolled. */
export function dueText(due: string, nominal: string): string {
  const day = (d: string) => {
    const t = DateTime.fromISO(d);
    return `${t.month}月${t.day}日（星期${WEEKDAYS[t.weekday - 1]}）`;
  };
  return due === nominal ? day(due) : `${day(due)}（原 ${day(nominal)}，遇休息日顺延）`;
}
