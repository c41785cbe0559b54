import type { ModelContext } from '../model/context.js';
import type { Rule } from './rule.js';

/**
 * On requests (preferred) cost their weight when not granted, off requests (avoided) when
 * violated. Without a shift the request is about working at all that day.
 */
function addRequestRules(ctx: ModelContext): void {
  const { idx, b } = ctx;
  idx.people.forEach((person, p) => {
    for (const r of person.requests ?? []) {
      const w = ctx.softWeight(r.weight);
      if (w === 0) continue;
      const d = idx.dayOf.get(r.date)!;
      let t: Map<number, number>;
      if (r.shift !== undefined) {
        const s = idx.sessionAt[d][idx.shiftOf.get(r.shift)!];
        const c = s ? ctx.x[p][s.index] : -1;
        t = new Map(c >= 0 ? [[c, 1]] : []);
      } else {
        t = ctx.work(p, d);
      }
      if (r.on) {
        b.offset += w;
        for (const [c, v] of t) b.addCost(c, -w * v);
      } else {
        for (const [c, v] of t) b.addCost(c, w * v);
      }
    }
  });
}

/**
 * Preferred (on) and avoided (off) days: side 'under' is a preferred day not granted, 'over' an
 * avoided day sat. Without a shift the request is about sitting at all that day.
 */
export const requestRule: Rule = {
  id: 'request',
  label: '个人意愿',
  sideLabels: { under: '未安排在希望的日期', over: '安排在希望回避的日期' },
  model: addRequestRules,
  checkPerson(f, person) {
    const mine = f.sittingsOf(person.id);
    for (const r of person.requests ?? []) {
      const sits = mine.some(
        (s) => s.date === r.date && (r.shift === undefined || s.shift === r.shift),
      );
      const where = {
        personId: person.id,
        date: r.date,
        ...(r.shift !== undefined ? { shift: r.shift } : {}),
      };
      if (r.on && !sits) f.penalise('request', r.weight, { ...where, side: 'under' });
      if (!r.on && sits) f.penalise('request', r.weight, { ...where, side: 'over' });
    }
  },
};
