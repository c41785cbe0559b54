import type { ModelContext } from './context.js';

/**
 * Assignment variables: one binary per (person, session) the person may sit. Ineligible people
 * (pools / explicit lists) get no variable; unavailable ones get none either, except in elastic
 * mode where sitting despite unavailability is possible at the price of the `unavailable` rule.
 * The eligibility and unavailability rules are therefore enforced here, by absence. A fixed duty
 * is a variable held at 1, so every rule counts it without knowing about it; sessions holding only
 * fixed duties admit nobody else.
 */
export function addAssignmentVariables(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((person, p) => {
    for (const s of idx.sessions) {
      if (idx.isFixed(p, s)) {
        ctx.x[p][s.index] = b.addCol(0, 1, 1, true);
        ctx.fixedCols.add(ctx.x[p][s.index]);
        continue;
      }
      if (s.fixedOnly || !idx.isEligible(p, s)) continue;
      if (idx.isUnavailable(p, s)) {
        if (!ctx.elastic) continue;
        const col = b.addCol(ctx.elasticCost('unavailable'), 0, 1, true);
        ctx.x[p][s.index] = col;
        ctx.elasticCols.push({
          col,
          tag: {
            rule: 'unavailable',
            personId: person.id,
            date: s.date,
            shift: s.shiftId,
            side: 'over',
          },
        });
        continue;
      }
      ctx.x[p][s.index] = b.addCol(0, 0, 1, true);
    }
  });
}
