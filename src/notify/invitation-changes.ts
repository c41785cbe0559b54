import { type Department, sessionHours } from '../org/index.js';
import {
  appointmentSource,
  planAcceptedInvitations,
  type SessionKey,
} from './appointment-planning.js';
import { effectiveDue, type DutyPlanContext } from './duty-planning.js';
import { withdrawalMessage } from './messages.js';
import type { NotificationRef } from './notification.entity.js';
import type { AppointmentNoticeRow } from './notification-store.js';
import type { PlannedNotification } from './planned.js';
import { chooseChannel, departmentRecipient } from './recipients.js';
import { chinaTime } from '../common/clock.js';

// What each invited department should hear about one appointment, from what it was already sent:
// an invitation when the appointment is booked and the department has not been invited to that
// session yet; a withdrawal notice (撤销 / 改期) for each session it was invited to that no longer
// holds. Pure: the rows and the context are read beforehand.

type DepartmentInfo = Pick<Department, 'id' | 'name' | 'contact'>;

/** An appointment as it is now, after the change being planned for. */
export interface AppointmentState extends SessionKey {
  id: string;
  unitId: string;
  status: 'proposed' | 'scheduled' | 'postponed' | 'superseded' | 'received' | 'cancelled';
  departmentIds: readonly string[];
  /** null for a 纪检监察 / 检举控告 case: no message names it. */
  caseCode: string | null;
}

/** The appointment holds its session: its departments are expected there. */
const HOLDS = new Set(['scheduled', 'received']);
/** Still heading for a session (a proposal waits for review, a booking holds it). */
const OPEN = new Set(['proposed', 'scheduled']);
/** The case goes back to be arranged again. */
const AGAIN = new Set(['proposed', 'postponed', 'superseded']);

/** A session a department believes it must attend, as its invitation described it. */
/** A session a department was invited to (invitations are to reception sessions only). */
type Told = NotificationRef & { date: string; session: 'AM' | 'PM' };

/** For the department, the time and place are what matter, not which leader holds the session. */
const sameSlot = (x: { date: string; session: string }, y: { date: string; session: string }) =>
  x.date === y.date && x.session === y.session;

const DEPARTMENT = 'department:';

/** Replays the messages the department was sent: the sessions it must still think it attends. */
function sessionsTold(
  sent: readonly AppointmentNoticeRow[],
): Array<{ told: Told; row: AppointmentNoticeRow }> {
  let out: Array<{ told: Told; row: AppointmentNoticeRow }> = [];
  for (const row of sent) {
    const { date, session } = row.ref;
    if (!date || !session || session === 'CALL') continue;
    const told = { ...row.ref, date, session };
    out = out.filter((x) => !sameSlot(x.told, told));
    if (row.rule === 'department_invitation') out.push({ told, row });
  }
  return out;
}

export function planAppointmentMessages(
  a: AppointmentState,
  history: readonly AppointmentNoticeRow[],
  departments: ReadonlyMap<string, DepartmentInfo>,
  ctx: DutyPlanContext,
): PlannedNotification[] {
  const rowsOf = new Map<string, AppointmentNoticeRow[]>();
  for (const r of history) {
    if (!r.recipientKey.startsWith(DEPARTMENT)) continue;
    const id = r.recipientKey.slice(DEPARTMENT.length);
    rowsOf.set(id, [...(rowsOf.get(id) ?? []), r]);
  }
  const expected = new Set(HOLDS.has(a.status) ? a.departmentIds : []);
  const out: PlannedNotification[] = [];
  for (const id of new Set([...rowsOf.keys(), ...expected])) {
    // A row being sent counts as sent: it is locked and will most likely go out.
    const sent = (rowsOf.get(id) ?? []).filter(
      (r) => r.status === 'sent' || r.status === 'sending',
    );
    const told = sessionsTold(sent);
    // Keys continue after the messages already sent, so a new one never meets a sent row's key;
    // re-planning with nothing sent in between lands on the same keys (idempotent).
    let n = sent.length;
    for (const { told: s, row } of told) {
      if (expected.has(id) && sameSlot(s, a)) continue;
      const notice = withdrawal(a, id, s, row, departments, ctx, n);
      if (notice) {
        out.push(notice);
        n++;
      }
    }
    if (expected.has(id) && !told.some((x) => sameSlot(x.told, a))) {
      out.push(
        ...planAcceptedInvitations(
          { ...a, departmentIds: [id] },
          departments,
          ctx,
          appointmentSource(a.id, sent.length),
        ),
      );
    }
  }
  return out;
}

/**
 * The notice that an invitation the department received no longer holds; none once the session
 * has begun (or would have by the time quiet hours end).
 */
function withdrawal(
  a: AppointmentState,
  departmentId: string,
  s: Told,
  invitation: AppointmentNoticeRow,
  departments: ReadonlyMap<string, DepartmentInfo>,
  ctx: DutyPlanContext,
  n: number,
): PlannedNotification | null {
  const times =
    s.start && s.end ? { start: s.start, end: s.end } : sessionHours(ctx.unit, s.session);
  const start = chinaTime(s.date, times.start);
  const due = effectiveDue(ctx.now, start, ctx);
  if (!due) return null;
  const department = departments.get(departmentId);
  // A department deactivated since is still told, at the address its invitation went to.
  const recipient = department ? departmentRecipient(department) : invitation.recipient;
  const stillWanted = OPEN.has(a.status) && a.departmentIds.includes(departmentId);
  const movedTo =
    stillWanted && !sameSlot(s, a)
      ? { date: a.date, session: a.session, times: sessionHours(ctx.unit, a.session) }
      : null;
  const othersRemain = [...(ctx.cases?.values() ?? [])].some(
    (x) =>
      sameSlot(x, s) &&
      x.cases.some((c) => c.code !== a.caseCode && c.departmentIds.includes(departmentId)),
  );
  const m = withdrawalMessage({
    departmentName: recipient.name,
    date: s.date,
    session: s.session,
    times,
    venue: s.venue ?? null,
    caseCode: a.caseCode,
    movedTo,
    movedConfirmed: a.status === 'scheduled',
    rearranged: AGAIN.has(a.status) && a.departmentIds.includes(departmentId),
    othersRemain,
  });
  return {
    unitId: a.unitId,
    source: appointmentSource(a.id, n),
    rule: 'department_withdrawal',
    recipient,
    channel: chooseChannel(recipient, ctx.settings),
    rosterId: null,
    appointmentId: a.id,
    dueAt: due,
    subject: m.subject,
    body: m.body,
    ref: {
      date: s.date,
      session: s.session,
      start: times.start,
      end: times.end,
      ...(s.leaderId ? { leaderId: s.leaderId } : {}),
      ...(s.venue ? { venue: s.venue } : {}),
      notAfter: start.toISOString(),
    },
  };
}
