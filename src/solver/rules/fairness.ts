import { terms, type ModelContext } from '../model/context.js';

/** weight * |sessions - (target - carried)|: those with a surplus from earlier months get fewer. */
export function addFairnessRules(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((person, p) => {
    const f = person.fairness;
    if (!f) return;
    const w = ctx.softWeight(f.weight);
    if (w === 0) return;
    const goal = f.target - f.carried;
    const above = b.addCol(w, 0, Infinity, false);
    const below = b.addCol(w, 0, Infinity, false);
    const t = terms(ctx.personCols(p));
    t.set(above, -1);
    t.set(below, 1);
    b.addRow(t, goal, goal);
  });
}
