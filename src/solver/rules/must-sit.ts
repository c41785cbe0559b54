import type { Rule } from './rule.js';

/**
 * person.mustSit: the person sits a session of the day (or that session), e.g. the lead leader on
 * the first day of a special-protection period. Soft with a weight.
 */
export const mustSitRule: Rule = {
  id: 'mustSit',
  label: '指定领导未坐班',
  model(ctx) {
    const { idx } = ctx;
    idx.people.forEach((person, p) => {
      for (const m of person.mustSit ?? []) {
        const d = idx.dayOf.get(m.date)!;
        const cols = ctx
          .dayCols(p, d)
          .filter((c) => m.shift === undefined || c === shiftCol(ctx, p, d, m.shift));
        const tag = {
          rule: 'mustSit',
          personId: person.id,
          date: m.date,
          shift: m.shift,
          limit: 1,
        };
        ctx.constrain(new Map(cols.map((c) => [c, 1])), 1, Infinity, { weight: m.weight, tag });
      }
    });
  },
  checkPerson(f, person) {
    for (const m of person.mustSit ?? []) {
      const sat = f
        .sittingsOf(person.id)
        .some((s) => s.date === m.date && (m.shift === undefined || s.shift === m.shift));
      if (sat) continue;
      f.bound('mustSit', m.weight, 1, {
        message: `must sit ${m.date}${m.shift ? ' ' + m.shift : ''}${m.name ? ` (${m.name})` : ''}`,
        personId: person.id,
        date: m.date,
        ...(m.shift !== undefined && { shift: m.shift }),
        ...(m.name !== undefined && { subject: m.name }),
        side: 'under',
      });
    }
  },
  precheck(ctx) {
    const { idx, words: w } = ctx;
    return idx.people.flatMap((person, p) =>
      (person.mustSit ?? [])
        .filter((m) => m.weight === undefined)
        .filter((m) => {
          const d = idx.dayOf.get(m.date)!;
          return !ctx
            .sessionsOfDay(d)
            .some(
              (s) => (m.shift === undefined || s.shiftId === m.shift) && ctx.canWork[p][s.index],
            );
        })
        .map((m) => ({
          rule: 'mustSit',
          code: 'MUST_SIT_IMPOSSIBLE',
          message: `${w.who(person.id)} 须于 ${w.at(m.date, m.shift)} 坐班${m.name ? `（${m.name}）` : ''}，但当日没有其可坐的场次`,
          messageEn: `${person.id} must sit ${m.date} but has no session they can sit`,
          personId: person.id,
          date: m.date,
          ...(m.shift !== undefined && { shift: m.shift }),
          source: 'precheck' as const,
        })),
    );
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 须于 ${w.at(r.date, r.shift)} 坐班，但与其他硬性规则冲突`,
  describe: (v, w) => `${v.subject ? `${v.subject}：` : ''}${w.who(v.personId)} 未安排坐班`,
};

function shiftCol(
  ctx: Parameters<NonNullable<Rule['model']>>[0],
  p: number,
  d: number,
  shift: string,
) {
  const s = ctx.idx.sessionAt[d][ctx.idx.shiftOf.get(shift)!];
  return s ? ctx.x[p][s.index] : -1;
}
