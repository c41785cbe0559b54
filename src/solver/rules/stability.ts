import type { ModelContext } from '../model/context.js';

/** changeWeight per assignment added or removed versus the previous roster. */
export function addStabilityRules(ctx: ModelContext): void {
  const prev = ctx.problem.previous;
  if (!prev) return;
  const w = ctx.softWeight(prev.changeWeight);
  if (w === 0) return;
  const { idx, b } = ctx;
  const before = new Set<number>();
  const keys = new Set<string>();
  for (const a of prev.assignments) {
    const key = `${a.date}|${a.shift}|${a.personId}`;
    if (keys.has(key)) continue;
    keys.add(key);
    // Every previous assignment costs w unless kept; a kept one refunds it through its variable.
    b.offset += w;
    const s = idx.sessionAt[idx.dayOf.get(a.date)!][idx.shiftOf.get(a.shift)!];
    const c = s ? ctx.x[idx.personOf.get(a.personId)!][s.index] : -1;
    if (c >= 0) before.add(c);
  }
  for (const xs of ctx.x) {
    for (const c of xs) {
      if (c >= 0) b.addCost(c, before.has(c) ? -w : w);
    }
  }
}
