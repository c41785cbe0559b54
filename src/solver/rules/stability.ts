import type { ModelContext } from '../model/context.js';
import type { Rule } from './rule.js';

/** changeWeight per assignment added or removed versus the previous roster. */
function addStabilityRules(ctx: ModelContext): void {
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

/** Stable re-planning: each assignment added or removed versus `previous` costs changeWeight. */
export const changeRule: Rule = {
  id: 'change',
  label: '调整已发布的安排',
  model: addStabilityRules,
  check(f) {
    const prev = f.problem.previous;
    if (!prev) return;
    const before = new Set(prev.assignments.map((a) => `${a.date}|${a.shift}|${a.personId}`));
    const charge = (key: string) => {
      const [date, shift, personId] = key.split('|');
      f.penalise('change', prev.changeWeight, { personId, date, shift });
    };
    // The whole roster counts, fixed duties included: the model sees them as variables held at 1.
    const now = new Set(f.sittings.map((s) => `${s.date}|${s.shift}|${s.personId}`));
    for (const key of before) if (!now.has(key)) charge(key);
    for (const key of now) if (!before.has(key)) charge(key);
  },
};
