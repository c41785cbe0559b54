import { terms } from '../model/context.js';
import { ProblemIndex } from '../model/problem-index.js';
import type { Diagnosis, RangeLimit } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import type { Rule } from './rule.js';
import type { Words } from './words.js';

/** Inclusive date range test on 'YYYY-MM-DD' strings (they sort as dates). */
export const inRange = (date: string, from: string, to: string): boolean =>
  date >= from && date <= to;

const rangeName = (r: { subject?: string; date?: string; to?: string }, w: Words) =>
  r.subject ?? w.range(r.date, r.to);

/**
 * Per-person bounds over a date range (person.rangeLimits): at least `min` / at most `max`
 * sessions on dates from..to, optionally only sessions with given tags; e.g. a leader's monthly
 * or quarterly quota, or their quota in a special-protection period. Fixed duties in the range
 * count, so a range spanning months counts the other months' duties when they are fixed.
 */
export const rangeLimitRule: Rule = {
  id: 'rangeLimit',
  label: '区间坐班次数',
  sideLabels: { under: '未达坐班次数要求', over: '超过坐班次数上限' },
  model(ctx) {
    ctx.idx.people.forEach((person, p) => {
      for (const r of person.rangeLimits ?? []) {
        const cols = ctx.personCols(
          p,
          (s) => inRange(s.date, r.from, r.to) && ProblemIndex.matches(r.tags, s.tag),
        );
        // Bounds that cannot bind add no row.
        const min = r.min !== undefined && r.min > 0 ? r.min : -Infinity;
        const max = r.max !== undefined && r.max < cols.length ? r.max : Infinity;
        if (min === -Infinity && max === Infinity) continue;
        const tag = { rule: 'rangeLimit', personId: person.id, date: r.from, to: r.to };
        ctx.constrain(
          terms(cols),
          min,
          max,
          { weight: r.underWeight, tag: { ...tag, limit: r.min } },
          { weight: r.weight, tag: { ...tag, limit: r.max } },
        );
      }
    });
  },
  checkPerson(f, person) {
    for (const r of person.rangeLimits ?? []) {
      const inside = f
        .sittingsOf(person.id)
        .filter((s) => r.from <= s.date && s.date <= r.to)
        .filter((s) => r.tags === undefined || (s.tag !== undefined && r.tags.includes(s.tag)));
      const k = inside.length;
      const where = {
        personId: person.id,
        date: r.from,
        to: r.to,
        actual: k,
        dates: inside.map((s) => s.date),
        ...(r.name !== undefined && { subject: r.name }),
        message: `${k} sessions ${r.from}..${r.to}`,
      };
      if (r.min !== undefined)
        f.bound('rangeLimit', r.underWeight, r.min - k, {
          ...where,
          side: 'under',
          limit: r.min,
        });
      if (r.max !== undefined)
        f.bound('rangeLimit', r.weight, k - r.max, { ...where, side: 'over', limit: r.max });
    }
  },
  precheck: (ctx) => [...pinsBeyondCaps(ctx), ...capsBelowDemand(ctx)],
  relaxed(r, w) {
    const person = w.who(r.personId);
    const name = rangeName(r, w);
    return r.side === 'over'
      ? `${person} 在 ${name} 最多排 ${r.limit ?? 0} 次，需要多排 ${r.amount} 次`
      : `${person} 在 ${name} 至少排 ${r.limit ?? 0} 次，在其他硬性规则下最多只能排 ${(r.limit ?? 0) - r.amount} 次`;
  },
  describe(v, w) {
    const name = rangeName(v, w);
    const sat = v.dates && v.dates.length > 0 ? `（${w.dates(v.dates)}）` : '';
    return v.side === 'over'
      ? `${w.who(v.personId)} ${name}坐班 ${v.actual} 次${sat}，超过上限 ${v.limit} 次`
      : `${w.who(v.personId)} ${name}坐班 ${v.actual} 次${sat}，少于要求的 ${v.limit} 次`;
  },
};

/** A range's name as the problem gave it (rules attach it to messages). */
function namedRange(r: RangeLimit): { subject?: string; date: string; to: string } {
  return { ...(r.name !== undefined && { subject: r.name }), date: r.from, to: r.to };
}

/**
 * A range every person is capped on (a special period's quota, say) whose sessions need more
 * sittings than the caps leave once the fixed duties in it are counted: the earlier months used
 * the quota up. Names the fixed duties, since they are what the office can still change.
 */
function capsBelowDemand(ctx: PrecheckContext): Diagnosis[] {
  const { idx, words: w } = ctx;
  const groups = new Map<string, { r: RangeLimit; caps: Map<number, number> }>();
  idx.people.forEach((q, p) => {
    for (const r of q.rangeLimits ?? []) {
      if (r.max === undefined || r.weight !== undefined) continue;
      const key = `${r.from}|${r.to}|${(r.tags ?? []).join(',')}`;
      const g = groups.get(key) ?? { r, caps: new Map() };
      g.caps.set(p, Math.min(g.caps.get(p) ?? Infinity, r.max));
      groups.set(key, g);
    }
  });
  const out: Diagnosis[] = [];
  for (const { r, caps } of groups.values()) {
    if (caps.size < idx.people.length) continue;
    const counts = (s: { date: string; tag?: string }) =>
      inRange(s.date, r.from, r.to) && ProblemIndex.matches(r.tags, s.tag);
    const open = idx.sessions.filter(
      (s) => counts(s) && !s.fixedOnly && s.cover.underWeight === undefined,
    );
    const demand = open.reduce((a, s) => a + s.cover.required, 0);
    if (demand === 0) continue;
    const fixed = idx.sessions.flatMap((s) =>
      counts(s) ? idx.people.flatMap((_, p) => (idx.isFixed(p, s) ? [{ p, s }] : [])) : [],
    );
    let supply = 0;
    idx.people.forEach((_, p) => {
      const used = fixed.filter((f) => f.p === p && !open.includes(f.s)).length;
      const able = open.filter((s) => ctx.canWork[p][s.index]).length;
      supply += Math.max(0, Math.min(caps.get(p)! - used, able));
    });
    if (supply >= demand || fixed.length === 0) continue;
    const name = rangeName(namedRange(r), w);
    const listed = fixed
      .slice(0, 12)
      .map((f) => `${w.who(idx.people[f.p].id)} ${f.s.date}`)
      .join('、');
    out.push({
      rule: 'rangeLimit',
      code: 'RANGE_SUPPLY',
      message: `${name}尚需 ${demand} 人次，但各领导在${name}的剩余坐班额度合计仅 ${supply} 次；已排的 ${fixed.length} 次占用了额度（${listed}${fixed.length > 12 ? ' 等' : ''}）`,
      messageEn: `${r.from}..${r.to} needs ${demand} sittings, the caps leave ${supply} after ${fixed.length} fixed duties`,
      date: r.from,
      to: r.to,
      required: demand,
      available: supply,
      source: 'precheck',
    });
  }
  return out;
}

/** More pins and fixed duties inside a hard range cap than the cap allows. */
function pinsBeyondCaps(ctx: PrecheckContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  const { idx, words: w } = ctx;
  idx.people.forEach((q, p) => {
    for (const r of q.rangeLimits ?? []) {
      if (r.max === undefined || r.weight !== undefined) continue;
      const counts = (s: { date: string; tag?: string }) =>
        inRange(s.date, r.from, r.to) && ProblemIndex.matches(r.tags, s.tag);
      const pinned = [...ctx.pins.values()].filter((x) => x.p === p && counts(x.s)).length;
      const fixed = idx.sessions.filter((s) => idx.isFixed(p, s) && counts(s));
      const k = pinned + fixed.length;
      if (k <= r.max) continue;
      const name = rangeName(namedRange(r), w);
      const already = fixed.length > 0 ? `已有 ${fixed.map((s) => s.date).join('、')} 的安排` : '';
      const joined = [already, pinned > 0 ? `已固定 ${pinned} 次` : ''].filter(Boolean).join('，');
      out.push({
        rule: 'rangeLimit',
        code: 'RANGE_PINS',
        message: `${w.who(q.id)} 在 ${name} 最多排 ${r.max} 次，但${joined}`,
        messageEn: `${q.id} may sit at most ${r.max} sessions ${r.from}..${r.to}, ${k} are pinned or fixed`,
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
