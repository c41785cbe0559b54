import type { Leader } from './leader.entity.js';
import type { Unit } from './unit.entity.js';

/** Where a leader receives petitioners: their own place (e.g. 纪检监察), else the unit's hall. */
export function venueOf(
  unit: Pick<Unit, 'receptionVenue'>,
  leader: Pick<Leader, 'venue'> | undefined,
): string {
  return leader?.venue ?? unit.receptionVenue;
}

/**
 * Whether a leader's duties may appear in a public list (the notice, the 一览表, unit and
 * department feeds, the petition bureau's lists). An unknown leader is not: nothing leaks by
 * default.
 */
export function isPublicLeader(leader: Pick<Leader, 'publicReception'> | undefined): boolean {
  return leader?.publicReception === true;
}
