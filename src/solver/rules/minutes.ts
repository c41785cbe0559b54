import type { Rule } from './rule.js';

/** A person's working minutes between minMinutes and maxMinutes (hard). */
export const minutesRule: Rule = {
  id: 'minutes',
  label: '工作时长',
  model(ctx) {
    const { idx } = ctx;
    idx.people.forEach((person, p) => {
      if (person.minMinutes === undefined && person.maxMinutes === undefined) return;
      const t = new Map<number, number>();
      for (const s of idx.sessions) {
        const c = ctx.x[p][s.index];
        if (c >= 0) t.set(c, ctx.problem.shiftTypes[s.shift].minutes);
      }
      const tag = { rule: 'minutes', personId: person.id };
      ctx.constrain(
        t,
        person.minMinutes ?? -Infinity,
        person.maxMinutes ?? Infinity,
        { tag: { ...tag, limit: person.minMinutes } },
        { tag: { ...tag, limit: person.maxMinutes } },
      );
    });
  },
  checkPerson(f, person) {
    const minutes = f
      .sittingsOf(person.id)
      .reduce((acc, s) => acc + f.shiftById.get(s.shift)!.minutes, 0);
    const where = { personId: person.id, actual: minutes };
    if (person.minMinutes !== undefined && minutes < person.minMinutes)
      f.breach('minutes', {
        ...where,
        side: 'under',
        limit: person.minMinutes,
        message: `${minutes} < min ${person.minMinutes}`,
      });
    if (person.maxMinutes !== undefined && minutes > person.maxMinutes)
      f.breach('minutes', {
        ...where,
        side: 'over',
        limit: person.maxMinutes,
        message: `${minutes} > max ${person.maxMinutes}`,
      });
  },
  relaxed: (r, w) =>
    r.side === 'under'
      ? `${w.who(r.personId)} 工作时长至少 ${r.limit ?? 0} 分钟，无法满足（差 ${r.amount} 分钟）`
      : `${w.who(r.personId)} 工作时长最多 ${r.limit ?? 0} 分钟，需要超出 ${r.amount} 分钟`,
};
