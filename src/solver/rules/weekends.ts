import type { ModelContext } from '../model/context.js';

/** A weekend counts as worked when any of its days has a session; at most maxWeekends (hard). */
export function addWeekendRules(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((person, p) => {
    if (person.maxWeekends === undefined) return;
    const ys: number[] = [];
    for (const wk of idx.weekends) {
      const cols = wk.flatMap((d) => ctx.dayCols(p, d));
      if (cols.length === 0) continue;
      const y = b.addCol(0, 0, 1, true);
      for (const c of cols)
        b.addRow(
          [
            [c, 1],
            [y, -1],
          ],
          -Infinity,
          0,
        );
      ys.push(y);
    }
    if (ys.length <= person.maxWeekends) return;
    ctx.constrain(
      ys.map((y): [number, number] => [y, 1]),
      -Infinity,
      person.maxWeekends,
      undefined,
      { meta: { code: 'MAX_WEEKENDS', personId: person.id, limit: person.maxWeekends } },
    );
  });
}
