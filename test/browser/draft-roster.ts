/**
 * The draft roster the publish and replace flows work on: the month after the planned one (where
 * the absences flow sent 温若宁 away on the 10th–19th), generated here, never published.
 */
import { DateTime } from 'luxon';
import { apiAs, type Api } from './cases-setup.js';
import type { ClerkContext } from './clerk-steps.js';
import { MONTH } from './flow-month.js';

export const DRAFT_MONTH = DateTime.fromISO(`${MONTH}-01`).plus({ months: 1 }).toFormat('yyyy-MM');
export const AWAY = '温若宁';

export interface DraftRoster {
  id: string;
  version: number;
  status: string;
  assignments: Array<{ id: string; leaderId: string; date: string; session: string }>;
  findings: Array<{ severity: string; rule: string; message: string }>;
}

export async function draftRoster(c: ClerkContext): Promise<{ roster: DraftRoster; office: Api }> {
  const office = await apiAs(c.baseUrl, 'office', c.password);
  const me = await office.get<{ unitId: string }>('/auth/me');
  const list = await office.get<Array<{ id: string; month: string }>>(
    `/units/${me.unitId}/rosters?month=${DRAFT_MONTH}`,
  );
  const found = list.find((r) => r.month === DRAFT_MONTH);
  if (found) return { roster: await office.get<DraftRoster>(`/rosters/${found.id}`), office };
  const made = await office.send('POST', `/units/${me.unitId}/rosters?wait=60`, {
    month: DRAFT_MONTH,
  });
  if (!made.ok) throw new Error(`generate ${DRAFT_MONTH}: ${made.status} ${await made.text()}`);
  return { roster: (await made.json()) as DraftRoster, office };
}
