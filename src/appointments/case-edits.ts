import type { EntityManager } from 'typeorm';
import type { Department, Leader } from '../org/index.js';
import type { AppointmentSync } from './appointment-sync.js';
import { Appointment } from './appointment.entity.js';
import { eligibleLeaders, invitedDepartments } from './eligibility.js';
import { PriorityCase } from './priority-case.entity.js';
import { ReceptionRecord } from './reception-record.entity.js';

/** What an edit did to one open appointment of the case (for the answer and the audit row). */
export interface AppointmentEffect {
  appointmentId: string;
  /** cancelled: the case may no longer be received publicly; flagged: back to "proposed". */
  action: 'cancelled' | 'flagged';
  /** Why, in the words staff read (the same text is the appointment's note). */
  reasons: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Judges an edit of a case that stays public: why each open appointment no longer fits (empty when
 * it still does), and the departments to invite when what decides them changed (else null). Only
 * what the edit changed is judged: a booking is not re-opened by an unrelated edit because, say,
 * its leader left since (that is the roster amendment's business), or a department was deactivated
 * since matching.
 */
export function judgeEdit(
  before: PriorityCase,
  after: PriorityCase,
  org: { leaders: Leader[]; departments: Department[] },
): { invited: string[] | null; misfits: (a: Appointment) => string[] } {
  const eligible = new Set(eligibleLeaders(after, org.leaders).map((l) => l.id));
  const invited =
    before.subjectCode !== after.subjectCode || !sameSet(before.departmentIds, after.departmentIds)
      ? invitedDepartments(after, org.departments)
      : null;
  const coverage = before.subjectCode !== after.subjectCode || before.routing !== after.routing;
  const deadline = before.receiveBefore !== after.receiveBefore;
  const misfits = (a: Appointment): string[] => {
    const reasons: string[] = [];
    if (coverage && !eligible.has(a.leaderId)) {
      reasons.push(
        after.routing === 'politics_law'
          ? '涉法涉诉案件须由分管政法的领导接待'
          : '接访领导的分管领域不包括修改后的信访事项分类',
      );
    }
    if (deadline && (!after.receiveBefore || a.date >= after.receiveBefore)) {
      reasons.push(`场次不早于修改后的约访截止日期 ${after.receiveBefore ?? ''}`);
    }
    if (invited && !sameSet(invited, a.departmentIds)) reasons.push('须参加的部门已变更');
    return reasons;
  };
  return { invited, misfits };
}

/**
 * After a case was edited, inside the same transaction: its open appointments that no longer fit
 * (leader not eligible, session not before the new deadline, other departments to invite) go
 * back to "proposed", flagged with the reason, as a roster amendment does to a removed session
 * (roster-amendments.ts); a case that became 纪检监察 / 检举控告 loses every open appointment and
 * its case clock, since it may never reach a session, calendar or reminder. Feeds and reminders
 * are told the way every other appointment change tells them (AppointmentSync).
 */
export async function recheckAppointments(
  tx: EntityManager,
  before: PriorityCase,
  after: PriorityCase,
  org: { leaders: Leader[]; departments: Department[] },
  sync: AppointmentSync,
): Promise<AppointmentEffect[]> {
  const repo = tx.getRepository(Appointment);
  const open = await repo.find({
    where: [
      { caseId: after.id, status: 'proposed' },
      { caseId: after.id, status: 'scheduled' },
    ],
    lock: { mode: 'pessimistic_write' },
  });
  const effects: AppointmentEffect[] = [];

  if (after.routing === 'restricted') {
    const reason = '案件已改为纪检监察或检举控告事项，不公开安排接访';
    for (const a of open) {
      const wasScheduled = a.status === 'scheduled';
      a.status = 'cancelled';
      a.flagged = false;
      a.note = reason;
      const saved = await repo.save(a);
      if (wasScheduled) await sync.withdrawn(tx, saved, after, saved, reason);
      else await sync.proposalChanged(tx, saved, after, reason);
      effects.push({ appointmentId: a.id, action: 'cancelled', reasons: [reason] });
    }
    if (open.length) {
      await tx
        .getRepository(PriorityCase)
        .createQueryBuilder()
        .update()
        .set({ status: 'pending' })
        .where('id = :id AND status IN (:...open)', {
          id: after.id,
          open: ['proposed', 'scheduled'],
        })
        .execute();
    }
    if (before.routing !== 'restricted') {
      // Its received appointments leave the feeds (the reader filters them); the clock stops.
      await sync.caseRestricted(tx, after.id);
      await sync.sessionsChanged(tx, after.unitId, []);
    }
    return effects;
  }

  const { invited, misfits } = judgeEdit(before, after, org);
  const renamed = before.reference !== after.reference;
  for (const a of open) {
    const reasons = misfits(a);
    if (reasons.length === 0) {
      // Still fits; its pending invitations and reminders now carry the new case code.
      if (renamed && a.status === 'scheduled') await sync.accepted(tx, a, after);
      continue;
    }
    const wasScheduled = a.status === 'scheduled';
    const from = { date: a.date, session: a.session, leaderId: a.leaderId };
    a.status = 'proposed';
    a.flagged = true;
    a.slotStart = null;
    a.slotEnd = null;
    if (invited) a.departmentIds = invited;
    a.note = `案件修改后${reasons.join('；')}，请重新安排`;
    const saved = await repo.save(a);
    if (wasScheduled) await sync.withdrawn(tx, saved, after, from, '案件修改后约访需重新确认');
    else await sync.proposalChanged(tx, saved, after, '案件修改后约访需重新确认');
    effects.push({ appointmentId: a.id, action: 'flagged', reasons });
  }
  if (effects.length) {
    const stillBooked = open.some((a) => a.status === 'scheduled');
    if (!stillBooked) {
      await tx
        .getRepository(PriorityCase)
        .update({ id: after.id, status: 'scheduled' }, { status: 'proposed' });
    }
    // A flagged proposal is shown nowhere, but feeds are told of every change of appointments.
    await sync.sessionsChanged(tx, after.unitId, []);
  }
  if (renamed) await renameInRecords(tx, after, sync);
  return effects;
}

/** Received appointments show the case code in feeds; a running case clock names it too. */
async function renameInRecords(tx: EntityManager, c: PriorityCase, sync: AppointmentSync) {
  const records = await tx
    .getRepository(ReceptionRecord)
    .createQueryBuilder('r')
    .innerJoin(Appointment, 'a', 'a.id = r.appointment_id')
    .where('a.case_id = :caseId', { caseId: c.id })
    .getMany();
  if (records.length === 0) return;
  await sync.sessionsChanged(tx, c.unitId, []);
  const clock = records.find((r) => r.dueDate);
  if (clock?.dueDate && c.status !== 'closed') {
    await sync.handlingDue(tx, c.unitId, {
      caseId: c.id,
      caseCode: c.reference,
      deadline: clock.dueDate,
      nominalDeadline: clock.nominalDueDate ?? clock.dueDate,
      handlingDepartmentId: clock.handlingDepartmentId,
    });
  }
}
