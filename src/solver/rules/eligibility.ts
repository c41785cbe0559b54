import type { Rule } from './rule.js';

/**
 * Only people in one of a session's pools or named in its people list may sit it. The model
 * enforces this by giving nobody else a variable (model/variables.ts).
 */
export const eligibilityRule: Rule = {
  id: 'eligibility',
  label: '不在轮值范围',
  check(f) {
    for (const s of f.decided) {
      const cover = f.coverByKey.get(`${s.date}|${s.shift}`)!;
      if (!cover.pools && !cover.people) continue;
      const pools = f.personById.get(s.personId)!.pools ?? [];
      const eligible =
        (cover.people?.includes(s.personId) ?? false) ||
        (cover.pools?.some((pool) => pools.includes(pool)) ?? false);
      if (!eligible)
        f.breach('eligibility', {
          message: 'not eligible for this session',
          date: s.date,
          shift: s.shift,
          personId: s.personId,
        });
    }
  },
  describe: (v, w) => `${w.who(v.personId)} 不在该场次的轮值范围内`,
};
