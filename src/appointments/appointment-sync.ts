import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FeedsService } from '../feeds/index.js';
import { AppointmentNotices, type AppointmentState } from '../notify/index.js';
import type { Appointment } from './appointment.entity.js';
import type { PriorityCase } from './priority-case.entity.js';

type Session = Pick<Appointment, 'date' | 'session' | 'leaderId'>;
type CaseRef = Pick<PriorityCase, 'reference' | 'routing' | 'flags'>;

/**
 * The appointment as notices see it. A 纪检监察 / 检举控告 case has no code there: the same two
 * tests the session reader applies (session-appointments.ts), so no message ever names one.
 */
function stateOf(a: Appointment, c: CaseRef): AppointmentState {
  const restricted = c.routing === 'restricted' || c.flags?.accusation === true;
  return {
    id: a.id,
    unitId: a.unitId,
    date: a.date,
    session: a.session,
    leaderId: a.leaderId,
    status: a.status,
    departmentIds: a.departmentIds,
    caseCode: restricted ? null : c.reference,
  };
}

/**
 * Tells feeds and reminders about a change of appointments, inside the transaction that makes
 * it: feeds rebuild once it commits; reminders and invitations are re-planned or cancelled with it.
 */
@Injectable()
export class AppointmentSync {
  constructor(
    private readonly feeds: FeedsService,
    private readonly notices: AppointmentNotices,
  ) {}

  /**
   * The appointments of these sessions changed. `dutyReminders: false` inside a roster
   * publication, which plans the leaders' reminders itself.
   */
  async sessionsChanged(
    tx: EntityManager,
    unitId: string,
    sessions: readonly Session[],
    opts: { dutyReminders: boolean } = { dutyReminders: true },
  ): Promise<void> {
    await this.feeds.touch(tx, unitId);
    const seen = new Set<string>();
    for (const s of sessions) {
      const key = `${s.date}|${s.session}|${s.leaderId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await this.notices.sessionChanged(
        tx,
        unitId,
        { date: s.date, session: s.session, leaderId: s.leaderId },
        opts,
      );
    }
  }

  /** Accepted: the departments are invited now, and the session's reminders carry the case. */
  async accepted(tx: EntityManager, a: Appointment, c: CaseRef): Promise<void> {
    await this.notices.appointmentChanged(tx, stateOf(a, c), '约访已重新确认');
    await this.sessionsChanged(tx, a.unitId, [a]);
  }

  /** A reception passed the matter on: its handling deadline is watched (60 days, 90 extended). */
  async handlingDue(
    tx: EntityManager,
    unitId: string,
    input: {
      caseId: string;
      caseCode: string;
      deadline: string;
      /** The counted last day when the deadline rolled past a rest day. */
      nominalDeadline: string;
      handlingDepartmentId: string | null;
    },
  ): Promise<void> {
    await this.notices.caseClock(tx, unitId, input);
  }

  /** The case is closed: its clock stops. */
  async caseClosed(tx: EntityManager, caseId: string): Promise<void> {
    await this.notices.cancelCaseClock(tx, caseId, '案件已办结');
  }

  /**
   * The case became 纪检监察 / 检举控告: no reminder may name it any more (条例 第30条), so its
   * clock stops like a closed case's.
   */
  async caseRestricted(tx: EntityManager, caseId: string): Promise<void> {
    await this.notices.cancelCaseClock(tx, caseId, '案件转为不公开办理');
  }

  /**
   * Left its session (moved, postponed, sent back, cancelled, its session removed): pending
   * invitations are cancelled, and departments already invited are told it no longer holds.
   */
  async withdrawn(
    tx: EntityManager,
    a: Appointment,
    c: CaseRef,
    from: Session,
    reason: string,
    opts?: { dutyReminders: boolean },
  ): Promise<void> {
    await this.notices.appointmentChanged(tx, stateOf(a, c), reason);
    await this.sessionsChanged(tx, a.unitId, [from], opts);
  }

  /**
   * A proposal changed (moved again, postponed, superseded, sent back): a withdrawal notice still
   * pending from its earlier booking is re-worded to match, or dropped. Feeds are the caller's.
   */
  async proposalChanged(tx: EntityManager, a: Appointment, c: CaseRef, reason: string) {
    await this.notices.appointmentChanged(tx, stateOf(a, c), reason);
  }
}
