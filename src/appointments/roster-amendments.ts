import type { EntityManager } from 'typeorm';
import { isReception, type RosterPublishedEvent } from '../roster/index.js';
import type { AppointmentSync } from './appointment-sync.js';
import { Appointment } from './appointment.entity.js';
import { PriorityCase } from './priority-case.entity.js';

/**
 * When a published roster is amended and a session with appointments is removed, the appointments
 * go back to "proposed", flagged, so staff re-propose them; their cases follow. Runs inside the
 * publish transaction.
 */
export async function flagRemovedSessions(
  tx: EntityManager,
  event: RosterPublishedEvent,
  sync: AppointmentSync,
): Promise<void> {
  // Appointments sit in reception sessions only: an on-call duty never holds one.
  const removed = event.changes.filter(isReception).filter((c) => c.change === 'removed');
  if (removed.length === 0) return;
  const repo = tx.getRepository(Appointment);
  for (const r of removed) {
    const hit = await repo.find({
      where: { unitId: event.unitId, date: r.date, session: r.session, leaderId: r.leaderId },
    });
    for (const a of hit.filter((x) => x.status === 'proposed' || x.status === 'scheduled')) {
      const wasScheduled = a.status === 'scheduled';
      a.status = 'proposed';
      a.flagged = true;
      a.slotStart = null;
      a.slotEnd = null;
      a.note = `排班第 ${event.version} 版取消了该场次，请重新安排`;
      await repo.save(a);
      await tx
        .getRepository(PriorityCase)
        .update({ id: a.caseId, status: 'scheduled' }, { status: 'proposed' });
      const c = await tx.getRepository(PriorityCase).findOneByOrFail({ id: a.caseId });
      const reason = `排班第 ${event.version} 版取消了该场次`;
      // Departments already invited are told; the publication itself re-plans leaders' reminders.
      if (wasScheduled) {
        await sync.withdrawn(tx, a, c, r, reason, { dutyReminders: false });
      } else {
        await sync.proposalChanged(tx, a, c, reason);
      }
    }
  }
}
