import { terms } from '../model/context.js';
import type { Rule } from './rule.js';

/** At most `maxPerShift[shift]` sessions of one shift type per person (hard). */
export const maxPerShiftRule: Rule = {
  id: 'maxPerShift',
  label: '班次类型超出上限',
  model(ctx) {
    ctx.idx.people.forEach((person, p) => {
      for (const [shift, cap] of Object.entries(person.maxPerShift ?? {})) {
        const cols = ctx.personCols(p, (s) => s.shiftId === shift);
        if (cols.length <= cap) continue;
        ctx.constrain(terms(cols), -Infinity, cap, undefined, {
          tag: { rule: 'maxPerShift', personId: person.id, shift, limit: cap },
        });
      }
    });
  },
  checkPerson(f, person) {
    for (const [shift, cap] of Object.entries(person.maxPerShift ?? {})) {
      const k = f.sittingsOf(person.id).filter((s) => s.shift === shift).length;
      if (k > cap)
        f.breach('maxPerShift', {
          message: `${k} ${shift} > ${cap}`,
          personId: person.id,
          shift,
          limit: cap,
          actual: k,
          side: 'over',
        });
    }
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 的${w.shift(r.shift)}班次最多 ${r.limit ?? 0} 次，需要多排 ${r.amount} 次`,
};
