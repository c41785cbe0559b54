import type { Role } from './user.entity.js';

/**
 * The groups of roles that recur across the routes, named once. A route that needs another mix
 * lists it (or extends a group) where it is declared.
 */

/** 两办 (the general offices) with administrators: they keep rosters, calendars and the unit's lists. */
export const OFFICE = ['admin', 'office'] as const satisfies readonly Role[];

/** Every office-side body, 两办, 信访局 and 政法委, with administrators: no leader, no department. */
export const STAFF = ['admin', 'office', 'petition', 'politics'] as const satisfies readonly Role[];

/** The bodies that submit and screen cases, 信访局 and 政法委, with administrators. */
export const SCREENING = ['admin', 'petition', 'politics'] as const satisfies readonly Role[];

/** A leader's own duties (their account or secretary), or 两办 acting for them. */
export const OFFICE_AND_LEADER = [...OFFICE, 'leader'] as const satisfies readonly Role[];
