import { api } from '../../api/client.js';
import type { RosterSummary, RosterVersion, Session } from '../../api/types.js';

export interface PublishedSession {
  date: string;
  session: Session;
  leaderId: string;
}

/**
 * The published duties of a month, rebuilt from the version history (each version lists its
 * changes against the one before), so an unpublished amendment in progress never shows up.
 */
export async function publishedSessions(
  unitId: string,
  month: string,
): Promise<PublishedSession[]> {
  const [summary] = await api<RosterSummary[]>(`/units/${unitId}/rosters?month=${month}`);
  if (!summary || summary.publishedVersion === 0) return [];
  const versions = await api<RosterVersion[]>(`/rosters/${summary.id}/versions`);
  const duties = new Map<string, PublishedSession>();
  for (const v of [...versions].sort((a, b) => a.number - b.number)) {
    for (const c of v.changes) {
      // Appointments go to reception sessions, never to an on-call duty.
      if (c.session === 'CALL') continue;
      const key = `${c.date}|${c.session}|${c.leaderId}`;
      if (c.change === 'added')
        duties.set(key, { date: c.date, session: c.session, leaderId: c.leaderId });
      else duties.delete(key);
    }
  }
  return [...duties.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.session.localeCompare(b.session),
  );
}
