import { terms } from '../model/context.js';
import type { Rule } from './rule.js';

/** At most maxPerDay sessions a day per person (hard; default 1). */
export const maxPerDayRule: Rule = {
  id: 'maxPerDay',
  label: '同日重复坐班',
  model(ctx) {
    const { idx, problem } = ctx;
    idx.people.forEach((person, p) => {
      const cap = idx.maxPerDay(p);
      for (let d = 0; d < problem.days.length; d++) {
        const cols = ctx.dayCols(p, d);
        if (cols.length <= cap) continue;
        ctx.constrain(terms(cols), -Infinity, cap, undefined, {
          tag: { rule: 'maxPerDay', personId: person.id, date: problem.days[d].date, limit: cap },
        });
      }
    });
  },
  checkPerson(f, person) {
    const cap = person.maxPerDay ?? 1;
    f.perDay(person.id).forEach((k, d) => {
      if (k > cap)
        f.breach('maxPerDay', {
          message: `${k} sessions in a day`,
          personId: person.id,
          date: f.problem.days[d].date,
          limit: cap,
          actual: k,
          side: 'over',
        });
    });
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 在 ${w.at(r.date, r.shift)} 需要排 ${(r.limit ?? 0) + r.amount} 个班次，超过每天最多 ${r.limit ?? 0} 个`,
  describe: (v, w) => `${w.who(v.personId)} 同一天安排了 ${v.actual ?? 2} 个场次`,
};
