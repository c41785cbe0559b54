import type { ModelContext } from '../model/context.js';

/**
 * On requests (preferred) cost their weight when not granted, off requests (avoided) when
 * violated. Without a shift the request is about working at all that day.
 */
export function addRequestRules(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((person, p) => {
    for (const r of person.requests ?? []) {
      const w = ctx.softWeight(r.weight);
      if (w === 0) continue;
      const d = idx.dayOf.get(r.date)!;
      let t: Map<number, number>;
      if (r.shift !== undefined) {
        const s = idx.sessionAt[d][idx.shiftOf.get(r.shift)!];
        const c = s ? ctx.x[p][s.index] : -1;
        t = new Map(c >= 0 ? [[c, 1]] : []);
      } else {
        t = ctx.work(p, d);
      }
      if (r.on) {
        b.offset += w;
        for (const [c, v] of t) b.addCost(c, -w * v);
      } else {
        for (const [c, v] of t) b.addCost(c, w * v);
      }
    }
  });
}
