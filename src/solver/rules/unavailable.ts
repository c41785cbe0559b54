import type { Rule } from './rule.js';

/**
 * Nobody sits a session they are unavailable for (the whole day, or that shift). The model gives
 * no variable (model/variables.ts); the elastic re-solve may buy one at this rule's price.
 */
export const unavailableRule: Rule = {
  id: 'unavailable',
  label: '领导不可出席',
  elasticCost: 4,
  check(f) {
    for (const s of f.decided) {
      const away = (f.personById.get(s.personId)!.unavailable ?? []).some(
        (u) => u.date === s.date && (u.shift === undefined || u.shift === s.shift),
      );
      if (away)
        f.breach('unavailable', {
          message: 'person is unavailable',
          date: s.date,
          shift: s.shift,
          personId: s.personId,
        });
    }
  },
  relaxed: (r, w) => `需要安排 ${w.who(r.personId)} 于 ${w.at(r.date, r.shift)}，但其已登记不可用`,
  describe: (v, w) => `${w.who(v.personId)} 已登记不可出席`,
};
