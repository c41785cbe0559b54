import { terms, type ModelContext } from '../model/context.js';

/** Per-person totals: min/max sessions (soft with weights), max per shift type, min/max minutes. */
export function addQuotaRules(ctx: ModelContext): void {
  const { idx } = ctx;
  const INF = Infinity;
  idx.people.forEach((person, p) => {
    const personId = person.id;
    const all = ctx.personCols(p);
    if (person.minTotal !== undefined || person.maxTotal !== undefined) {
      ctx.constrain(
        terms(all),
        person.minTotal ?? -INF,
        person.maxTotal ?? INF,
        {
          weight: person.totalUnderWeight,
          meta: { code: 'TOTAL_MIN', personId, limit: person.minTotal },
        },
        {
          weight: person.totalOverWeight,
          meta: { code: 'TOTAL_MAX', personId, limit: person.maxTotal },
        },
      );
    }
    for (const [shift, cap] of Object.entries(person.maxPerShift ?? {})) {
      const cols = ctx.personCols(p, (s) => s.shiftId === shift);
      if (cols.length <= cap) continue;
      ctx.constrain(terms(cols), -INF, cap, undefined, {
        meta: { code: 'SHIFT_MAX', personId, shift, limit: cap },
      });
    }
    if (person.minMinutes !== undefined || person.maxMinutes !== undefined) {
      const t = new Map<number, number>();
      for (const s of idx.sessions) {
        const c = ctx.x[p][s.index];
        if (c >= 0) t.set(c, ctx.problem.shiftTypes[s.shift].minutes);
      }
      ctx.constrain(
        t,
        person.minMinutes ?? -INF,
        person.maxMinutes ?? INF,
        { meta: { code: 'MINUTES_MIN', personId, limit: person.minMinutes } },
        { meta: { code: 'MINUTES_MAX', personId, limit: person.maxMinutes } },
      );
    }
  });
}
