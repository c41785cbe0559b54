import { terms, type ModelContext } from '../model/context.js';
import { inRange } from './ranges.js';

/**
 * Pool quotas (problem.poolQuotas): the sessions sat by members of `pool` on dates from..to are
 * at least min / at most max, e.g. each rotation pool's share of a special-protection period.
 * A person in two pools counts for both. Soft with a weight, per session below min or above max.
 */
export function addPoolQuotaRules(ctx: ModelContext): void {
  const { idx } = ctx;
  for (const q of ctx.problem.poolQuotas ?? []) {
    const cols = idx.people.flatMap((person, p) =>
      person.pools?.includes(q.pool) ? ctx.personCols(p, (s) => inRange(s.date, q.from, q.to)) : [],
    );
    // Bounds that cannot bind add no row (a hard min of 0, a max above every variable).
    const min = q.min !== undefined && q.min > 0 ? q.min : -Infinity;
    const max = q.max !== undefined && q.max < cols.length ? q.max : Infinity;
    if (min === -Infinity && max === Infinity) continue;
    const meta = { date: q.from, to: q.to, pool: q.pool };
    ctx.constrain(
      terms(cols),
      min,
      max,
      { weight: q.weight, meta: { code: 'POOL_MIN', ...meta, limit: q.min } },
      { weight: q.weight, meta: { code: 'POOL_MAX', ...meta, limit: q.max } },
    );
  }
}
