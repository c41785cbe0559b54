import type { ModelContext } from '../model/context.js';
import type { Rule } from './rule.js';

/** A weekend counts as worked when any of its days has a session; at most maxWeekends (hard). */
function addWeekendRules(ctx: ModelContext): void {
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
      { tag: { rule: 'maxWeekends', personId: person.id, limit: person.maxWeekends } },
    );
  });
}

/** A weekend (a run of weekend days) counts as worked when any of its days has a session. */
export const maxWeekendsRule: Rule = {
  id: 'maxWeekends',
  label: '周末坐班过多',
  model: addWeekendRules,
  checkPerson(f, person) {
    if (person.maxWeekends === undefined) return;
    const perDay = f.perDay(person.id);
    let weekends = 0;
    let inWeekend = false;
    let counted = false;
    f.problem.days.forEach((d, i) => {
      if (!d.weekend) {
        inWeekend = false;
        return;
      }
      if (!inWeekend) {
        inWeekend = true;
        counted = false;
      }
      if (perDay[i] > 0 && !counted) {
        weekends++;
        counted = true;
      }
    });
    if (weekends > person.maxWeekends)
      f.breach('maxWeekends', {
        message: `${weekends} weekends > ${person.maxWeekends}`,
        personId: person.id,
        limit: person.maxWeekends,
        actual: weekends,
        side: 'over',
      });
  },
  relaxed: (r, w) => `${w.who(r.personId)} 最多上 ${r.limit ?? 0} 个周末，需要多上 ${r.amount} 个`,
};
