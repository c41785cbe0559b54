import type { Role } from '../auth/index.js';
import type { FeedScope } from './feed-token.entity.js';

/** Whose sessions one feed shows. */
export type FeedSubject =
  | { scope: 'leader'; unitId: string; leaderId: string }
  | { scope: 'unit'; unitId: string }
  | { scope: 'department'; unitId: string; departmentId: string };

export const subjectKey = (s: FeedSubject): string =>
  s.scope === 'leader'
    ? `leader:${s.leaderId}`
    : s.scope === 'department'
      ? `department:${s.departmentId}`
      : `unit:${s.unitId}`;

export function subjectOf(row: {
  scope: FeedScope;
  unitId: string;
  leaderId: string | null;
  departmentId: string | null;
}): FeedSubject {
  if (row.scope === 'leader')
    return { scope: 'leader', unitId: row.unitId, leaderId: row.leaderId! };
  if (row.scope === 'department') {
    return { scope: 'department', unitId: row.unitId, departmentId: row.departmentId! };
  }
  return { scope: 'unit', unitId: row.unitId };
}

export interface FeedHolder {
  role: Role;
  unitId: string;
  leaderId: string | null;
  departmentId: string | null;
}

/** Roles that follow the whole roster of their unit (两办, 信访局, 政法委). */
const UNIT_ROLES: readonly Role[] = ['office', 'petition', 'politics'];

/**
 * Whether a user may hold a link to a feed: their own leader's or department's sessions, their
 * unit's roster for the offices, anything for an administrator. Checked when a link is issued and
 * again (cached for a second) whenever it is used, so a user who changes role loses their links.
 */
export function canHold(user: FeedHolder, subject: FeedSubject): boolean {
  if (user.role === 'admin') return true;
  switch (subject.scope) {
    case 'leader':
      return user.role === 'leader' && user.leaderId === subject.leaderId;
    case 'department':
      return user.role === 'department' && user.departmentId === subject.departmentId;
    case 'unit':
      return UNIT_ROLES.includes(user.role) && user.unitId === subject.unitId;
  }
}
