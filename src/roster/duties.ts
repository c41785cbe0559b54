import type { DutyCode } from '../calendar/index.js';
import type { DutyChange, DutySnapshot } from './roster-version.entity.js';

/** AM / PM reception session, or CALL: a special-period day's 24-hour on-call duty. */
export type Session = DutyCode;

export interface Duty {
  date: string;
  session: Session;
  leaderId: string;
}

export const dutyKey = (d: Duty) => `${d.date}|${d.session}|${d.leaderId}`;

/** What changed from one set of duties to another: additions and removals, in date order. */
export function diffDuties(before: readonly Duty[], after: readonly Duty[]): DutyChange[] {
  const was = new Set(before.map(dutyKey));
  const now = new Set(after.map(dutyKey));
  const changes: DutyChange[] = [
    ...before
      .filter((d) => !now.has(dutyKey(d)))
      .map((d) => ({
        change: 'removed' as const,
        date: d.date,
        session: d.session,
        leaderId: d.leaderId,
      })),
    ...after
      .filter((d) => !was.has(dutyKey(d)))
      .map((d) => ({
        change: 'added' as const,
        date: d.date,
        session: d.session,
        leaderId: d.leaderId,
      })),
  ];
  return changes.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.session.localeCompare(b.session) ||
      a.change.localeCompare(b.change),
  );
}

export function toSnapshot(
  rows: ReadonlyArray<{
    id: string;
    date: string;
    session: Session;
    leaderId: string;
    sequence: number;
    updatedAt: Date;
  }>,
): DutySnapshot[] {
  return rows
    .map((r) => ({
      assignmentId: r.id,
      date: r.date,
      session: r.session,
      leaderId: r.leaderId,
      sequence: r.sequence,
      updatedAt: r.updatedAt.toISOString(),
    }))
    .sort((a, b) => dutyKey(a).localeCompare(dutyKey(b)));
}
