import { terms } from '../model/context.js';
import type { Diagnosis } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import type { Rule } from './rule.js';

/** Inclusive date range test on 'YYYY-MM-DD' strings (they sort as dates). */
export const inRange = (date: string, from: string, to: string): boolean =>
  date >= from && date <= to;

/**
 * Per-person range caps (person.rangeLimits): at most `max` sessions on dates from..to, e.g. a
 * leader's quota during a special-protection period. Soft with a weight, per session above max.
 * Only sessions of this horizon count: a caller whose range began in an earlier month lowers max.
 */
export const rangeLimitRule: Rule = {
  id: 'rangeLimit',
  label: '超过特护期内的坐班上限',
  model(ctx) {
    ctx.idx.people.forEach((person, p) => {
      for (const r of person.rangeLimits ?? []) {
        const cols = ctx.personCols(p, (s) => inRange(s.date, r.from, r.to));
        if (cols.length <= r.max) continue;
        ctx.constrain(terms(cols), -Infinity, r.max, undefined, {
          weight: r.weight,
          tag: { rule: 'rangeLimit', personId: person.id, date: r.from, to: r.to, limit: r.max },
        });
      }
    });
  },
  check(f) {
    for (const person of f.problem.people) {
      for (const r of person.rangeLimits ?? []) {
        const k = f.sittingsOf(person.id).filter((s) => r.from <= s.date && s.date <= r.to).length;
        f.bound('rangeLimit', r.weight, k - r.max, {
          message: `${k} sessions ${r.from}..${r.to} > ${r.max}`,
          personId: person.id,
          date: r.from,
          to: r.to,
          limit: r.max,
          actual: k,
          side: 'over',
        });
      }
    }
  },
  precheck: pinsBeyondCaps,
  relaxed: (r, w) =>
    `${w.who(r.personId)} 在 ${w.range(r.date, r.to)} 最多排 ${r.limit ?? 0} 次，需要多排 ${r.amount} 次`,
};

/** More pins inside a hard range cap than the cap allows. */
function pinsBeyondCaps(ctx: PrecheckContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  ctx.idx.people.forEach((q, p) => {
    for (const r of q.rangeLimits ?? []) {
      if (r.weight !== undefined) continue;
      const k = [...ctx.pins.values()].filter(
        (x) => x.p === p && inRange(x.s.date, r.from, r.to),
      ).length;
      if (k <= r.max) continue;
      out.push({
        rule: 'rangeLimit',
        code: 'RANGE_PINS',
        message: `${ctx.words.who(q.id)} 在 ${r.from} 至 ${r.to} 最多排 ${r.max} 次，但已固定 ${k} 次`,
        messageEn: `${q.id} may sit at most ${r.max} sessions ${r.from}..${r.to}, ${k} are pinned`,
        personId: q.id,
        date: r.from,
        to: r.to,
        required: r.max,
        available: k,
        source: 'precheck',
      });
    }
  });
  return out;
}
