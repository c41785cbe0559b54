import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DepartmentsService } from '../org/index.js';
import { RostersService } from '../roster/index.js';
import {
  caseSource,
  invitationSource,
  planCaseClock,
  planSessionInvitations,
  type CaseClockInput,
  type SessionKey,
} from './appointment-planning.js';
import { dutySource, planDutyReminders } from './duty-planning.js';
import { planAppointmentMessages, type AppointmentState } from './invitation-changes.js';
import { NotificationsService } from './notifications.service.js';
import { PlanContextLoader } from './plan-context.js';
import { SYSTEM } from './system-user.js';

/**
 * What the appointments module calls inside its transactions: department invitations (on
 * acceptance and the day before), withdrawal notices when a sent invitation no longer holds, the
 * appointment count in the leader's reminders, case clocks. Everything goes through
 * NotificationsService (planForSource / cancel*), so re-planning is idempotent and a withdrawn
 * appointment's pending messages are cancelled with it.
 */
@Injectable()
export class AppointmentNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly context: PlanContextLoader,
    private readonly rosters: RostersService,
    private readonly departments: DepartmentsService,
  ) {}

  private async departmentsOf(unitId: string) {
    const list = await this.departments.list(SYSTEM, unitId, false);
    return new Map(list.map((d) => [d.id, d]));
  }

  /**
   * The appointments booked in one session changed (accepted, moved away, postponed, received):
   * re-plans the leader's and secretary's reminders of the duty (their count and case codes) and
   * the departments' day-before invitations. `dutyReminders: false` while the roster itself is
   * being published: the publication plans those.
   */
  async sessionChanged(
    tx: EntityManager,
    unitId: string,
    key: SessionKey,
    opts: { dutyReminders: boolean } = { dutyReminders: true },
  ): Promise<void> {
    const ctx = await this.context.load(unitId, [key.date], tx);
    const reason = '约访安排已变更';
    if (opts.dutyReminders) {
      const duty = (await this.rosters.publishedDuties(unitId, key.date, key.date)).find(
        (d) => d.session === key.session && d.leaderId === key.leaderId,
      );
      if (duty) {
        const planned = planDutyReminders([duty], ctx);
        await this.notifications.cancelSourceExcept(tx, dutySource(duty), planned, reason);
        await this.notifications.planForSource(tx, planned);
      }
    }
    const planned = planSessionInvitations(key, await this.departmentsOf(unitId), ctx);
    await this.notifications.cancelSourceExcept(tx, invitationSource(key), planned, reason);
    await this.notifications.planForSource(tx, planned);
  }

  /**
   * The appointment changed (accepted, moved, sent back, postponed, superseded, cancelled, its
   * case renamed or restricted): each department hears what differs from what it was sent. One
   * not yet invited to the booked session is invited now (outside quiet hours); one whose sent
   * invitation no longer holds gets a withdrawal notice (改期 when the appointment moved on and
   * still needs it), unless that session has begun; pending messages the new plan does not keep
   * are cancelled, so an invitation never sent is just dropped.
   */
  async appointmentChanged(
    tx: EntityManager,
    a: AppointmentState,
    reason: string,
  ): Promise<number> {
    const history = await this.notifications.appointmentRows(tx, a.id);
    const holds = a.status === 'scheduled' || a.status === 'received';
    if (history.length === 0 && !(holds && a.departmentIds.length)) return 0;
    const dates = new Set([a.date]);
    for (const r of history) if (r.ref.date) dates.add(r.ref.date);
    const ctx = await this.context.load(a.unitId, [...dates], tx);
    const planned = planAppointmentMessages(a, history, await this.departmentsOf(a.unitId), ctx);
    await this.notifications.cancelAppointmentExcept(tx, a.id, planned, reason);
    return this.notifications.planForSource(tx, planned);
  }

  /** Plans (or re-plans, e.g. after an extension) the handling deadline reminder of a case. */
  async caseClock(tx: EntityManager, unitId: string, input: CaseClockInput): Promise<number> {
    const ctx = await this.context.load(unitId, [], tx);
    const planned = planCaseClock(input, await this.departmentsOf(unitId), ctx);
    await this.notifications.cancelSourceExcept(
      tx,
      caseSource(input.caseId),
      planned,
      '办理期限已变更',
    );
    return this.notifications.planForSource(tx, planned);
  }

  /** The case is closed (办结): its clock stops. */
  cancelCaseClock(tx: EntityManager, caseId: string, reason: string): Promise<number> {
    return this.notifications.cancelSource(tx, caseSource(caseId), reason);
  }
}
