import { terms, type ModelContext } from '../model/context.js';
import type { Rule } from './rule.js';

/**
 * weight * |sessions - (target - carried)|: those with a surplus from earlier months get fewer.
 * Counts the sessions dated from..to when given (the months being planned in a longer horizon).
 */
function addFairnessRules(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((person, p) => {
    const f = person.fairness;
    if (!f) return;
    const w = ctx.softWeight(f.weight);
    if (w === 0) return;
    const goal = f.target - f.carried;
    const above = b.addCol(w, 0, Infinity, false);
    const below = b.addCol(w, 0, Infinity, false);
    const t = terms(
      ctx.personCols(p, (s) => (f.from ?? s.date) <= s.date && s.date <= (f.to ?? s.date)),
    );
    t.set(above, -1);
    t.set(below, 1);
    b.addRow(t, goal, goal);
  });
}

export const fairnessRule: Rule = {
  id: 'fairness',
  label: '跨月负担不均衡',
  model: addFairnessRules,
  checkPerson(f, person) {
    const fair = person.fairness;
    if (!fair) return;
    const total = f
      .sittingsOf(person.id)
      .filter((s) => (fair.from ?? s.date) <= s.date && s.date <= (fair.to ?? s.date)).length;
    const goal = fair.target - fair.carried;
    f.penalise('fairness', fair.weight * Math.abs(total - goal), {
      personId: person.id,
      limit: goal,
      actual: total,
    });
  },
};
