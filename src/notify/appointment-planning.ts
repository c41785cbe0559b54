import { DateTime } from 'luxon';
import { addDays } from '../common/dates.js';
import { type Department, sessionHours, venueOf } from '../org/index.js';
import { dayBeforeDate, effectiveDue, type DutyPlanContext } from './duty-planning.js';
import { caseClockMessage, invitationMessage } from './messages.js';
import { sessionCasesKey } from './notify-extensions.js';
import type { PlannedNotification } from './planned.js';
import { chooseChannel, departmentRecipient, petitionRecipients } from './recipients.js';
import { outsideQuietHours } from './times.js';
import { chinaDate, chinaTime } from '../common/clock.js';

// Department invitations and case clocks: pure planning from what the loader read beforehand.
// Messages carry session, venue, count and case codes only, never petitioner data.

export interface SessionKey {
  date: string;
  session: 'AM' | 'PM';
  leaderId: string;
}

type DepartmentInfo = Pick<Department, 'id' | 'name' | 'contact'>;

/**
 * Source of a department's invitation or withdrawal notice about an appointment. `n` is how many
 * of the appointment's messages the department had been sent before: the first invitation keeps
 * the plain form, and a later one (after a move and back) gets a key no sent row holds.
 */
export const appointmentSource = (appointmentId: string, n = 0) =>
  n === 0 ? `appointment:${appointmentId}` : `appointment:${appointmentId}:${n}`;
export const invitationSource = (s: SessionKey) =>
  `invitation:${s.date}:${s.session}:${s.leaderId}`;
export const caseSource = (caseId: string) => `case:${caseId}`;

/** When a case clock goes out on its day (office hours). */
export const CASE_CLOCK_AT = '09:00';

function invitations(
  ctx: DutyPlanContext,
  key: SessionKey,
  source: string,
  rule: 'department_invitation' | 'department_day_before',
  due: Date,
  byDepartment: ReadonlyMap<string, string[]>,
  departments: ReadonlyMap<string, DepartmentInfo>,
  appointmentId: string | null = null,
): PlannedNotification[] {
  const times = sessionHours(ctx.unit, key.session);
  // The session's place: the leader's own, else the unit's hall.
  const venue = venueOf(ctx.unit, ctx.leaders.get(key.leaderId));
  const out: PlannedNotification[] = [];
  for (const [departmentId, codes] of byDepartment) {
    const department = departments.get(departmentId);
    if (!department) continue; // deactivated, or of another unit
    const r = departmentRecipient(department);
    const m = invitationMessage({
      departmentName: department.name,
      date: key.date,
      session: key.session,
      times,
      venue,
      caseCodes: codes,
      dayBefore: rule === 'department_day_before',
    });
    out.push({
      unitId: ctx.unit.id,
      source,
      rule,
      recipient: r,
      channel: chooseChannel(r, ctx.settings),
      rosterId: null,
      appointmentId,
      dueAt: due,
      subject: m.subject,
      body: m.body,
      ref: {
        date: key.date,
        session: key.session,
        start: times.start,
        end: times.end,
        leaderId: key.leaderId,
        venue,
        notAfter: chinaTime(key.date, times.start).toISOString(),
      },
    });
  }
  return out;
}

/**
 * The invitation to an accepted appointment's departments: now (outside quiet hours). A case
 * code of null (纪检监察 / 检举控告) is never named, as the day-before reminders leave it out.
 */
export function planAcceptedInvitations(
  a: SessionKey & { id: string; caseCode: string | null; departmentIds: readonly string[] },
  departments: ReadonlyMap<string, DepartmentInfo>,
  ctx: DutyPlanContext,
  source = appointmentSource(a.id),
): PlannedNotification[] {
  const start = chinaTime(a.date, sessionHours(ctx.unit, a.session).start);
  const due = effectiveDue(ctx.now, start, ctx);
  if (!due) return [];
  const codes = a.caseCode === null ? [] : [a.caseCode];
  const byDepartment = new Map([...new Set(a.departmentIds)].map((id) => [id, codes]));
  return invitations(ctx, a, source, 'department_invitation', due, byDepartment, departments, a.id);
}

/**
 * The day-before reminder of one session to every department invited to it, listing the case
 * codes that concern each; the same "day before" as the leaders' (last working day for a weekend
 * or holiday session). Empty when the session has no booked appointment any more.
 */
export function planSessionInvitations(
  key: SessionKey,
  departments: ReadonlyMap<string, DepartmentInfo>,
  ctx: DutyPlanContext,
): PlannedNotification[] {
  const at = ctx.settings.rules.dayBeforeAt;
  const session = ctx.cases?.get(sessionCasesKey(key));
  if (!at || !session) return [];
  const day = dayBeforeDate(
    key.date,
    ctx.working.get(key.date) ?? true,
    ctx.lastWorkingBefore.get(key.date) ?? null,
  );
  if (!day) return [];
  const start = chinaTime(key.date, sessionHours(ctx.unit, key.session).start);
  const due = effectiveDue(chinaTime(day, at), start, ctx);
  if (!due) return [];
  const byDepartment = new Map<string, string[]>();
  for (const c of session.cases) {
    for (const id of new Set(c.departmentIds)) {
      byDepartment.set(id, [...(byDepartment.get(id) ?? []), c.code]);
    }
  }
  return invitations(
    ctx,
    key,
    invitationSource(key),
    'department_day_before',
    due,
    byDepartment,
    departments,
  );
}

export interface CaseClockInput {
  caseId: string;
  caseCode: string;
  /** The handling deadline: 60 days after the reception, 90 once extended (rolled if need be). */
  deadline: string;
  /** The counted last day; differs from `deadline` when that fell on a rest day and rolled. */
  nominalDeadline?: string;
  handlingDepartmentId: string | null;
}

/**
 * The case clock: the configured number of days before the handling deadline, at 09:00, to the
 * handling department and the petition bureau (which supervises it). Planned late, it goes out
 * now; after the deadline, not at all.
 */
export function planCaseClock(
  input: CaseClockInput,
  departments: ReadonlyMap<string, DepartmentInfo>,
  ctx: Pick<DutyPlanContext, 'unit' | 'settings' | 'now'>,
): PlannedNotification[] {
  if (chinaDate(ctx.now) > input.deadline) return [];
  const nominal = chinaTime(
    addDays(input.deadline, -ctx.settings.rules.caseClockDaysBefore),
    CASE_CLOCK_AT,
  );
  const due = outsideQuietHours(nominal < ctx.now ? ctx.now : nominal, ctx.settings.quietHours);
  const days = Math.round(
    DateTime.fromISO(input.deadline)
      .diff(DateTime.fromISO(chinaDate(due)), 'days')
      .as('days'),
  );
  const m = caseClockMessage(
    input.caseCode,
    input.deadline,
    Math.max(days, 0),
    input.nominalDeadline,
  );
  const department = input.handlingDepartmentId
    ? departments.get(input.handlingDepartmentId)
    : undefined;
  const recipients = [
    ...(department ? [departmentRecipient(department)] : []),
    ...petitionRecipients(ctx.settings),
  ];
  return recipients.map((r) => ({
    unitId: ctx.unit.id,
    source: caseSource(input.caseId),
    rule: 'case_clock' as const,
    recipient: r,
    channel: chooseChannel(r, ctx.settings),
    rosterId: null,
    dueAt: due,
    subject: m.subject,
    body: m.body,
    ref: { date: input.deadline },
  }));
}
