/** Org's leaders and calendar's special periods in the words of the roster's pages and plans. */
import type { SpecialPeriod } from '../calendar/index.js';
import type { Leader } from '../org/index.js';

/** A leader's session quotas; null quarterly bounds: no quarterly rule. */
export const leaderQuota = (l: Leader) => ({
  minPerMonth: l.minSessionsPerMonth,
  maxPerMonth: l.maxSessionsPerMonth,
  minPerQuarter: l.minSessionsPerQuarter,
  maxPerQuarter: l.maxSessionsPerQuarter,
});

/** A special period's days and each leader's quota in it (null: the monthly maximum). */
export const periodHeading = (p: SpecialPeriod) => ({
  id: p.id,
  name: p.name,
  startDate: p.startDate,
  endDate: p.endDate,
  quotaPerLeader: p.quotaPerLeader,
});
