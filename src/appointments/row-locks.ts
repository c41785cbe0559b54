import type { EntityManager } from 'typeorm';
import { Appointment } from './appointment.entity.js';
import { PriorityCase } from './priority-case.entity.js';

/**
 * Locks an appointment for a change, taking its case's row lock first. Changes through a case
 * (edit, close) lock the case and then its appointments; a change through an appointment (accept,
 * reassign, record a reception) must take the same order, or the two deadlock and PostgreSQL aborts
 * one of them. An appointment never changes case, so reading its case id unlocked is safe.
 */
export async function lockAppointmentWithCase(
  tx: EntityManager,
  appointmentId: string,
): Promise<{ a: Appointment; c: PriorityCase } | undefined> {
  const appointments = tx.getRepository(Appointment);
  const ref = await appointments.findOne({
    where: { id: appointmentId },
    select: { id: true, caseId: true },
  });
  if (!ref) return undefined;
  const c = await tx
    .getRepository(PriorityCase)
    .findOne({ where: { id: ref.caseId }, lock: { mode: 'pessimistic_write' } });
  const a = await appointments.findOne({
    where: { id: appointmentId },
    lock: { mode: 'pessimistic_write' },
  });
  return a && c ? { a, c } : undefined;
}
