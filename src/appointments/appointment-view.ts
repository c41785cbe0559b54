import type { Appointment, AppointmentStatus } from './appointment.entity.js';
import type { PriorityCase, RiskLevel } from './priority-case.entity.js';

/** An appointment as staff, leaders and departments see it: case code and category, no personal data. */
export interface AppointmentView {
  id: string;
  unitId: string;
  caseId: string;
  caseReference: string;
  subjectCode: string;
  risk: RiskLevel;
  groupSize: number;
  leaderId: string;
  date: string;
  session: 'AM' | 'PM';
  slotStart: string | null;
  slotEnd: string | null;
  departmentIds: string[];
  status: AppointmentStatus;
  month: string;
  score: number;
  flagged: boolean;
  note: string | null;
  version: number;
}

export function appointmentView(a: Appointment, c: PriorityCase): AppointmentView {
  return {
    id: a.id,
    unitId: a.unitId,
    caseId: a.caseId,
    caseReference: c.reference,
    subjectCode: c.subjectCode,
    risk: c.risk,
    groupSize: c.groupSize,
    leaderId: a.leaderId,
    date: a.date,
    session: a.session,
    slotStart: a.slotStart,
    slotEnd: a.slotEnd,
    departmentIds: a.departmentIds,
    status: a.status,
    month: a.month,
    score: a.score,
    flagged: a.flagged,
    note: a.note,
    version: a.version,
  };
}

/** Splits a session (08:30–11:30) into `count` equal slots and returns slot `index`. */
export function slotOf(start: string, end: string, count: number, index: number): [string, string] {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const fmt = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const s = toMin(start);
  const len = Math.floor((toMin(end) - s) / count);
  return [fmt(s + index * len), fmt(s + (index + 1) * len)];
}
