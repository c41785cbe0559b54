import type { DutyCode } from '../calendar/index.js';
import type { Finding } from './findings.js';
import type { RosterAssignment } from './roster-assignment.entity.js';
import type { Roster, RosterStatus, SolverSummary } from './roster.entity.js';

export interface AssignmentView {
  id: string;
  date: string;
  session: DutyCode;
  leaderId: string;
  pinned: boolean;
  /** 确认出席: when the sitting leader confirmed (null: not yet). */
  confirmedAt: Date | null;
}

export interface RosterView {
  id: string;
  unitId: string;
  month: string;
  status: RosterStatus;
  version: number;
  publishedVersion: number;
  solver: SolverSummary | null;
  assignments: AssignmentView[];
  findings: Finding[];
}

export function toView(roster: Roster, rows: RosterAssignment[], findings: Finding[]): RosterView {
  return {
    id: roster.id,
    unitId: roster.unitId,
    month: roster.month,
    status: roster.status,
    version: roster.version,
    publishedVersion: roster.publishedVersion,
    solver: roster.solver,
    assignments: rows.map((a) => ({
      id: a.id,
      date: a.date,
      session: a.session,
      leaderId: a.leaderId,
      pinned: a.pinned,
      confirmedAt: a.confirmedAt ?? null,
    })),
    findings,
  };
}
