import { terms } from '../model/context.js';
import { ProblemIndex } from '../model/problem-index.js';
import type { Diagnosis, PoolQuota } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import { inRange } from './ranges.js';
import type { Rule } from './rule.js';

/**
 * Pool quotas (problem.poolQuotas): the sessions sat by members of `pool` on dates from..to are
 * at least min / at most max, e.g. each rotation pool's share of a special-protection period.
 * A person in two pools counts for both. Soft with a weight, per session below min or above max.
 */
export const poolQuotaRule: Rule = {
  id: 'poolQuota',
  label: '轮值组未达特护期班次要求',
  model(ctx) {
    const { idx } = ctx;
    for (const q of ctx.problem.poolQuotas ?? []) {
      const cols = idx.people.flatMap((person, p) =>
        person.pools?.includes(q.pool)
          ? ctx.personCols(
              p,
              (s) => inRange(s.date, q.from, q.to) && ProblemIndex.matches(q.tags, s.tag),
            )
          : [],
      );
      // Bounds that cannot bind add no row (a hard min of 0, a max above every variable).
      const min = q.min !== undefined && q.min > 0 ? q.min : -Infinity;
      const max = q.max !== undefined && q.max < cols.length ? q.max : Infinity;
      if (min === -Infinity && max === Infinity) continue;
      const tag = { rule: 'poolQuota', date: q.from, to: q.to, pool: q.pool };
      ctx.constrain(
        terms(cols),
        min,
        max,
        { weight: q.weight, tag: { ...tag, limit: q.min } },
        { weight: q.weight, tag: { ...tag, limit: q.max } },
      );
    }
  },
  check(f) {
    for (const q of f.problem.poolQuotas ?? []) {
      let k = 0;
      for (const person of f.problem.people) {
        if (!person.pools?.includes(q.pool)) continue;
        for (const s of f.sittingsOf(person.id)) {
          const tagged = q.tags === undefined || (s.tag !== undefined && q.tags.includes(s.tag));
          if (q.from <= s.date && s.date <= q.to && tagged) k++;
        }
      }
      const where = { date: q.from, to: q.to, pool: q.pool, actual: k };
      const short = q.min !== undefined ? q.min - k : 0;
      const extra = q.max !== undefined ? k - q.max : 0;
      const message = `pool ${q.pool} sits ${k} sessions ${q.from}..${q.to}, ${short > 0 ? `min ${q.min}` : `max ${q.max}`}`;
      f.bound('poolQuota', q.weight, short, { ...where, side: 'under', limit: q.min, message });
      f.bound('poolQuota', q.weight, extra, { ...where, side: 'over', limit: q.max, message });
    }
  },
  precheck: (ctx) =>
    (ctx.problem.poolQuotas ?? [])
      .filter((q) => q.weight === undefined)
      .flatMap((q) => [...poolSupply(ctx, q), ...poolForced(ctx, q)]),
  relaxed: (r, w) =>
    r.side === 'under'
      ? `${w.range(r.date, r.to)} ${r.pool ?? ''} 轮值组需要 ${r.limit ?? 0} 个班次，在其他硬性规则下最多只能安排 ${(r.limit ?? 0) - r.amount} 个`
      : `${w.range(r.date, r.to)} ${r.pool ?? ''} 轮值组最多安排 ${r.limit ?? 0} 个班次，但按其他硬性规则至少要安排 ${(r.limit ?? 0) + r.amount} 个`,
  describe: (v, w) =>
    `${w.range(v.date, v.to)} ${v.pool ?? ''} 轮值组坐班 ${v.actual ?? 0} 次，${v.side === 'under' ? '要求至少' : '要求至多'} ${v.limit ?? 0} 次`,
};

const rangeWords = (q: PoolQuota) => `${q.from} 至 ${q.to} ${q.pool} 轮值组`;

/**
 * A hard minimum the pool's members cannot reach: an upper bound is each member's capacity in the
 * range (day capacity, hard maxTotal and hard range caps) and each session's seats.
 */
function poolSupply(ctx: PrecheckContext, quota: PoolQuota): Diagnosis[] {
  if (quota.min === undefined || quota.min <= 0) return [];
  const { idx, problem } = ctx;
  const { pool, from, to } = quota;
  const member = idx.people.map((q) => q.pools?.includes(pool) ?? false);
  const days = ctx.daysIn(from, to);
  let byPeople = 0;
  idx.people.forEach((q, p) => {
    if (!member[p]) return;
    const capOn = (ds: number[]) => ds.reduce((a, d) => a + ctx.dayCapacity(p, d), 0);
    let cap = capOn(days);
    if (q.maxTotal !== undefined && q.totalOverWeight === undefined)
      cap = Math.min(cap, q.maxTotal);
    for (const r of q.rangeLimits ?? []) {
      // Only a cap that counts every session of its range bounds the pool's sessions there.
      if (r.max === undefined || r.weight !== undefined || r.tags !== undefined) continue;
      const overlap = days.filter((d) => inRange(problem.days[d].date, r.from, r.to));
      cap = Math.min(cap, capOn(days) - capOn(overlap) + r.max);
    }
    byPeople += cap;
  });
  let bySeats = 0;
  for (const s of idx.sessions) {
    if (!inRange(s.date, from, to) || !ProblemIndex.matches(quota.tags, s.tag)) continue;
    let able = 0;
    idx.people.forEach((_, p) => {
      if (member[p] && ctx.canWork[p][s.index]) able++;
    });
    bySeats += s.cover.overWeight === undefined ? Math.min(able, s.cover.required) : able;
  }
  const available = Math.min(byPeople, bySeats);
  if (available >= quota.min) return [];
  return [
    {
      rule: 'poolQuota',
      code: 'POOL_SUPPLY',
      message: `${rangeWords(quota)}需要 ${quota.min} 个班次，最多只能安排 ${available} 个`,
      messageEn: `pool ${pool} needs ${quota.min} sessions ${from}..${to}, at most ${available} possible`,
      pool,
      date: from,
      to,
      required: quota.min,
      available,
      source: 'precheck',
    },
  ];
}

/** A hard maximum the pool must exceed: pinned members and sessions too few others can sit. */
function poolForced(ctx: PrecheckContext, quota: PoolQuota): Diagnosis[] {
  if (quota.max === undefined) return [];
  const { idx } = ctx;
  const { pool, from, to } = quota;
  const member = idx.people.map((q) => q.pools?.includes(pool) ?? false);
  let forced = 0;
  for (const s of idx.sessions) {
    if (!inRange(s.date, from, to) || !ProblemIndex.matches(quota.tags, s.tag)) continue;
    const pinned = [...ctx.pins.values()].filter((x) => x.s === s && member[x.p]).length;
    let others = 0;
    idx.people.forEach((_, p) => {
      if (!member[p] && ctx.canWork[p][s.index]) others++;
    });
    const short = s.cover.underWeight === undefined ? s.cover.required - others : 0;
    forced += Math.max(pinned, short, 0);
  }
  if (forced <= quota.max) return [];
  return [
    {
      rule: 'poolQuota',
      code: 'POOL_FORCED',
      message: `${rangeWords(quota)}最多安排 ${quota.max} 个班次，但按固定安排和人数需要至少 ${forced} 个`,
      messageEn: `pool ${pool} may sit at most ${quota.max} sessions ${from}..${to}, at least ${forced} are needed`,
      pool,
      date: from,
      to,
      required: quota.max,
      available: forced,
      source: 'precheck',
    },
  ];
}
