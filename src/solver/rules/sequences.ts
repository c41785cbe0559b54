import type { Terms } from '../model/builder.js';
import type { ModelContext } from '../model/context.js';

const INF = Infinity;

function add(into: Map<number, number>, t: Terms, coef: number): void {
  for (const [c, v] of t) into.set(c, (into.get(c) ?? 0) + v * coef);
}

/**
 * Runs of consecutive calendar days: max consecutive work days, min consecutive work days and
 * min consecutive days off. Short runs touching the horizon start or end are exempt (the state
 * before/after the horizon is unknown). Soft with person.sequenceWeight, per violating run/window.
 */
export function addSequenceRules(ctx: ModelContext): void {
  const { idx, problem } = ctx;
  const n = problem.days.length;
  idx.people.forEach((person, p) => {
    const personId = person.id;
    const work = (d: number) => ctx.work(p, d);
    const weight = person.sequenceWeight;
    const maxC = person.maxConsecutiveWorkDays;
    if (maxC !== undefined) {
      for (let i = 0; i + maxC < n; i++) {
        const t = new Map<number, number>();
        for (let d = i; d <= i + maxC; d++) add(t, work(d), 1);
        if (t.size <= maxC) continue;
        ctx.constrain(t, -INF, maxC, undefined, {
          weight,
          meta: { code: 'MAX_CONSECUTIVE', personId, date: problem.days[i].date, limit: maxC },
        });
      }
    }
    const minC = person.minConsecutiveWorkDays;
    if (minC !== undefined && minC > 1) {
      // Forbid an interior work run of length l < minC: off before, l days on, off after.
      for (let l = 1; l < minC; l++) {
        for (let i = 1; i + l < n; i++) {
          const t = new Map<number, number>();
          add(t, work(i - 1), -1);
          for (let d = i; d < i + l; d++) add(t, work(d), 1);
          add(t, work(i + l), -1);
          ctx.constrain(t, -INF, l - 1, undefined, {
            weight,
            meta: { code: 'MIN_CONSECUTIVE', personId, date: problem.days[i].date, limit: minC },
          });
        }
      }
    }
    const minOff = person.minConsecutiveDaysOff;
    if (minOff !== undefined && minOff > 1) {
      // Interior off run of length l < minOff: worked before and after, off in between.
      for (let l = 1; l < minOff; l++) {
        for (let i = 1; i + l < n; i++) {
          const t = new Map<number, number>();
          add(t, work(i - 1), 1);
          for (let d = i; d < i + l; d++) add(t, work(d), -1);
          add(t, work(i + l), 1);
          if (t.size === 0) continue;
          ctx.constrain(t, -INF, 1, undefined, {
            weight,
            meta: { code: 'MIN_DAYS_OFF', personId, date: problem.days[i].date, limit: minOff },
          });
        }
      }
    }
  });
}
