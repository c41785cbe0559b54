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
      // y >= (works on day d), one row per day: tighter than one row per session.
      for (const d of wk) {
        const work = ctx.work(p, d);
        if (work.size > 0) b.addRow([...work, [y, -1]], -Infinity, 0);
      }
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
