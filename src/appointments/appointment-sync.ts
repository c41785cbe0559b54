import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FeedsService } from '../feeds/feeds.service.js';
import { AppointmentNotices } from '../notify/appointment-notices.js';
import type { Appointment } from './appointment.entity.js';
import type { PriorityCase } from './priority-case.entity.js';

type Session = Pick<Appointment, 'date' | 'session' | 'leaderId'>;

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
  async accepted(tx: EntityManager, a: Appointment, c: PriorityCase): Promise<void> {
    await this.notices.accepted(tx, {
      id: a.id,
      unitId: a.unitId,
      date: a.date,
      session: a.session,
      leaderId: a.leaderId,
      caseCode: c.reference,
      departmentIds: a.departmentIds,
    });
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

  /** Left its session (moved, postponed, its session removed): pending invitations are cancelled. */
  async withdrawn(
    tx: EntityManager,
    a: Appointment,
    from: Session,
    reason: string,
    opts?: { dutyReminders: boolean },
  ): Promise<void> {
    await this.notices.withdrawn(tx, a.id, reason);
    await this.sessionsChanged(tx, a.unitId, [from], opts);
  }
}
