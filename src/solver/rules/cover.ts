import { terms, type ModelContext } from '../model/context.js';
import type { Diagnosis } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import type { Rule } from './rule.js';

/** Each session needs `required` people; under/over are hard unless given a weight. */
export const coverRule: Rule = {
  id: 'cover',
  label: '接访人数',
  sideLabels: { under: '接访人数不足', over: '接访人数过多' },
  // Cover is blamed first when the elastic re-solve must relax something.
  elasticCost: 1,
  model: addCoverRules,
  check(f) {
    for (const c of f.problem.cover) {
      const got = f.coverCount(c.date, c.shift);
      const where = {
        date: c.date,
        shift: c.shift,
        limit: c.required,
        actual: got,
        message: `needs ${c.required}, has ${got}`,
      };
      if (got < c.required)
        f.bound('cover', c.underWeight, c.required - got, { ...where, side: 'under' });
      if (got > c.required)
        f.bound('cover', c.overWeight, got - c.required, { ...where, side: 'over' });
    }
  },
  precheck: (ctx) => [...sessionSupply(ctx), ...daySupply(ctx)],
  relaxed(r, w) {
    const limit = r.limit ?? 0;
    return r.side === 'under'
      ? `${w.at(r.date, r.shift)} 需要 ${limit} 名领导，在其他硬性规则下最多只能排 ${limit - r.amount} 名`
      : `${w.at(r.date, r.shift)} 只需要 ${limit} 名领导，但按其他硬性规则至少要排 ${limit + r.amount} 名`;
  },
  describe: (v) => `需要 ${v.limit ?? '?'} 名领导，现安排 ${v.actual ?? 0} 名`,
};

function addCoverRules(ctx: ModelContext): void {
  const { idx } = ctx;
  for (const s of idx.sessions) {
    const cols: number[] = [];
    idx.people.forEach((_, p) => {
      if (ctx.x[p][s.index] >= 0) cols.push(ctx.x[p][s.index]);
    });
    const c = s.cover;
    const tag = { rule: 'cover', date: s.date, shift: s.shiftId, limit: c.required };
    ctx.constrain(
      terms(cols),
      c.required,
      c.required,
      { weight: c.underWeight, tag },
      { weight: c.overWeight, tag },
    );
  }
}

/** A session with fewer available people than it needs. */
function sessionSupply(ctx: PrecheckContext): Diagnosis[] {
  const { idx, words: w } = ctx;
  const out: Diagnosis[] = [];
  for (const s of idx.sessions) {
    if (s.cover.underWeight !== undefined || s.cover.required === 0) continue;
    let available = 0;
    for (let p = 0; p < idx.people.length; p++) if (ctx.canWork[p][s.index]) available++;
    if (available >= s.cover.required) continue;
    out.push({
      rule: 'cover',
      code: 'COVER_SUPPLY',
      message: `${w.at(s.date, s.shiftId)}需要 ${s.cover.required} 名领导，仅 ${available} 名可用`,
      messageEn: `${s.date} ${s.shiftId} needs ${s.cover.required}, only ${available} available`,
      date: s.date,
      shift: s.shiftId,
      required: s.cover.required,
      available,
      source: 'precheck',
    });
  }
  return out;
}

/** A day whose sessions need more sittings than the available people can give that day. */
function daySupply(ctx: PrecheckContext): Diagnosis[] {
  const { problem, idx } = ctx;
  const out: Diagnosis[] = [];
  problem.days.forEach((day, d) => {
    const ss = ctx.sessionsOfDay(d);
    if (ss.length < 2) return; // a single session is already covered by COVER_SUPPLY
    const demand = ss.reduce(
      (a, s) => a + (s.cover.underWeight === undefined ? s.cover.required : 0),
      0,
    );
    let supply = 0;
    for (let p = 0; p < idx.people.length; p++) supply += ctx.dayCapacity(p, d);
    if (demand <= supply) return;
    out.push({
      rule: 'cover',
      code: 'DAY_SUPPLY',
      message: `${day.date} 共需要 ${demand} 人次，可用领导最多只能提供 ${supply} 人次`,
      messageEn: `${day.date} needs ${demand} sittings, available people can give at most ${supply}`,
      date: day.date,
      required: demand,
      available: supply,
      source: 'precheck',
    });
  });
  return out;
}
