import type {
  Assignment,
  CalendarDay,
  Duty,
  DutyChange,
  Finding,
  RosterRules,
  RosterVersion,
} from '../../api/types.js';

/** The service's default when a unit has no rules of its own (src/org/unit.entity.ts). */
const DEFAULT_RULES: RosterRules = {
  normalSessions: ['AM'],
  normalLeadersPerSession: 1,
  spacingWorkingDays: 5,
};

/**
 * Leaders a duty needs on a day: one on call on each day of a period with an on-call leader; for a
 * session, special periods win, else the unit's normal rule.
 */
export function required(day: CalendarDay, session: Duty, rules: RosterRules | null): number {
  if (session === 'CALL') return day.periods.some((p) => p.onCallLeader) ? 1 : 0;
  const special = day.periods.filter((p) => p.needsReception);
  if (special.length > 0) {
    return Math.max(
      0,
      ...special.filter((p) => p.sessionCodes.includes(session)).map((p) => p.leadersPerSession),
    );
  }
  if (!day.working) return 0;
  const r = rules ?? DEFAULT_RULES;
  return r.normalSessions.includes(session) ? r.normalLeadersPerSession : 0;
}

export const cellKey = (date: string, session: Duty) => `${date}|${session}`;

/**
 * Findings grouped where the grid shows them: on a cell, on the cells where the leader concerned
 * sits that date (e.g. spacing), on a date, or for the whole month.
 */
export function placeFindings(findings: Finding[], assignments: Assignment[]) {
  const cells = new Map<string, Finding[]>();
  const days = new Map<string, Finding[]>();
  const month: Finding[] = [];
  const push = (m: Map<string, Finding[]>, k: string, f: Finding) =>
    m.set(k, [...(m.get(k) ?? []), f]);
  for (const f of findings) {
    const sits = assignments.filter((a) => a.date === f.date && a.leaderId === f.leaderId);
    // A finding about several duties (two duties too close) marks each of them.
    const involved = f.dates
      ? assignments.filter((a) => a.leaderId === f.leaderId && f.dates!.includes(a.date))
      : [];
    if (involved.length) involved.forEach((a) => push(cells, cellKey(a.date, a.session), f));
    else if (f.date && f.session) push(cells, cellKey(f.date, f.session), f);
    else if (f.date && f.leaderId && sits.length)
      sits.forEach((a) => push(cells, cellKey(a.date, a.session), f));
    else if (f.date) push(days, f.date, f);
    else month.push(f);
  }
  return { cells, days, month };
}

/** "2026-12-03 上午：" leads every placed message; inside the cell it is noise. */
export function stripPlace(message: string): string {
  return message.replace(/^\d{4}-\d{2}-\d{2}(?: (?:上午|下午|值班))?：/, '');
}

const dutyKey = (d: { date: string; session: Duty; leaderId: string }) =>
  `${d.date}|${d.session}|${d.leaderId}`;

/** The duties of the latest published version, rebuilt from every version's changes. */
export function publishedDuties(versions: RosterVersion[]): Set<string> {
  const duties = new Set<string>();
  for (const v of [...versions].sort((a, b) => a.number - b.number)) {
    for (const c of v.changes) {
      if (c.change === 'added') duties.add(dutyKey(c));
      else duties.delete(dutyKey(c));
    }
  }
  return duties;
}

/** What publishing the current draft changes against the published duties. */
export function pendingChanges(assignments: Assignment[], published: Set<string>): DutyChange[] {
  const now = new Set(assignments.map(dutyKey));
  const changes: DutyChange[] = [];
  for (const a of assignments) {
    if (!published.has(dutyKey(a))) changes.push({ change: 'added', ...pick(a) });
  }
  for (const key of published) {
    if (!now.has(key)) {
      const [date, session, leaderId] = key.split('|');
      changes.push({ change: 'removed', date, session: session as Duty, leaderId });
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.session.localeCompare(b.session));
}

function pick(a: Assignment) {
  return { date: a.date, session: a.session, leaderId: a.leaderId };
}
