import { ELASTIC_COST, type ModelContext } from '../model/context.js';

/**
 * Assignment variables: one binary per (person, session) the person may sit. Ineligible people
 * (pools / explicit lists) get no variable; unavailable ones get none either, except in elastic
 * mode where sitting despite unavailability is possible at a price. Pins fix a variable to 1.
 */
export function addAssignmentVariables(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((_, p) => {
    for (const s of idx.sessions) {
      if (!idx.isEligible(p, s)) continue;
      if (idx.isUnavailable(p, s)) {
        if (!ctx.elastic) continue;
        const col = b.addCol(ELASTIC_COST.UNAVAILABLE!, 0, 1, true);
        ctx.x[p][s.index] = col;
        ctx.elasticCols.push({
          col,
          meta: {
            code: 'UNAVAILABLE',
            personId: idx.people[p].id,
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
  addPins(ctx);
}

export function addPins(ctx: ModelContext): void {
  const { idx, b } = ctx;
  const seen = new Set<string>();
  for (const pin of ctx.problem.pins ?? []) {
    const key = `${pin.date}|${pin.shift}|${pin.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = idx.personOf.get(pin.personId)!;
    const s = idx.sessionAt[idx.dayOf.get(pin.date)!][idx.shiftOf.get(pin.shift)!];
    const col = s ? ctx.x[p][s.index] : -1;
    if (ctx.elastic) {
      // Pin as a priced wish: ELASTIC_COST * (1 - x).
      const cost = ELASTIC_COST.PIN!;
      b.offset += cost;
      const meta = {
        code: 'PIN' as const,
        personId: pin.personId,
        date: pin.date,
        shift: pin.shift,
        side: 'under' as const,
      };
      if (col >= 0) {
        const slack = b.addCol(cost, 0, 1, false);
        b.offset -= cost;
        b.addRow(
          [
            [col, 1],
            [slack, 1],
          ],
          1,
          Infinity,
        );
        ctx.elasticCols.push({ col: slack, meta });
      } else {
        // Constant penalty: the pin can never hold; report it through a fixed slack.
        b.offset -= cost;
        const slack = b.addCol(cost, 1, 1, false);
        ctx.elasticCols.push({ col: slack, meta });
      }
      continue;
    }
    if (col < 0) b.triviallyInfeasible = true;
    else b.setLower(col, 1);
  }
}
