import { terms, type ModelContext } from '../model/context.js';

/** Inclusive date range test on 'YYYY-MM-DD' strings (they sort as dates). */
export const inRange = (date: string, from: string, to: string): boolean =>
  date >= from && date <= to;

/**
 * Per-person range caps (person.rangeLimits): at most `max` sessions on dates from..to, e.g. a
 * leader's quota during a special-protection period. Soft with a weight, per session above max.
 * Only sessions of this horizon count: a caller whose range began in an earlier month lowers max.
 */
export function addRangeLimitRules(ctx: ModelContext): void {
  ctx.idx.people.forEach((person, p) => {
    for (const r of person.rangeLimits ?? []) {
      const cols = ctx.personCols(p, (s) => inRange(s.date, r.from, r.to));
      if (cols.length <= r.max) continue;
      ctx.constrain(terms(cols), -Infinity, r.max, undefined, {
        weight: r.weight,
        meta: { code: 'RANGE_MAX', personId: person.id, date: r.from, to: r.to, limit: r.max },
      });
    }
  });
}
