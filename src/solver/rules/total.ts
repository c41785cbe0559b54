import { terms, type ModelContext } from '../model/context.js';
import type { Diagnosis } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import type { Rule } from './rule.js';

/** A person's sessions over the horizon: minTotal/maxTotal, soft with their weights. */
export const totalRule: Rule = {
  id: 'total',
  label: '坐班次数',
  sideLabels: { under: '未达最少坐班次数', over: '超过最多坐班次数' },
  model: addTotalRules,
  checkPerson(f, person) {
    const total = f.sittingsOf(person.id).length;
    const where = { personId: person.id, actual: total };
    if (person.minTotal !== undefined && total < person.minTotal)
      f.bound('total', person.totalUnderWeight, person.minTotal - total, {
        ...where,
        side: 'under',
        limit: person.minTotal,
        message: `${total} < min ${person.minTotal}`,
      });
    if (person.maxTotal !== undefined && total > person.maxTotal)
      f.bound('total', person.totalOverWeight, total - person.maxTotal, {
        ...where,
        side: 'over',
        limit: person.maxTotal,
        message: `${total} > max ${person.maxTotal}`,
      });
  },
  precheck: (ctx) => [...demandAgainstQuotas(ctx), ...unreachableMinimums(ctx)],
  relaxed(r, w) {
    const limit = r.limit ?? 0;
    return r.side === 'under'
      ? `${w.who(r.personId)} 至少需排 ${limit} 次，在其他硬性规则下最多只能排 ${limit - r.amount} 次`
      : `${w.who(r.personId)} 最多排 ${limit} 次，但需要排 ${limit + r.amount} 次才能满足其他规则`;
  },
  describe: (v, w) =>
    v.side === 'under'
      ? `${w.who(v.personId)} 坐班 ${v.actual} 次，少于最少 ${v.limit} 次`
      : `${w.who(v.personId)} 坐班 ${v.actual} 次，超过最多 ${v.limit} 次`,
};

function addTotalRules(ctx: ModelContext): void {
  ctx.idx.people.forEach((person, p) => {
    if (person.minTotal === undefined && person.maxTotal === undefined) return;
    const tag = { rule: 'total', personId: person.id };
    ctx.constrain(
      terms(ctx.personCols(p)),
      person.minTotal ?? -Infinity,
      person.maxTotal ?? Infinity,
      { weight: person.totalUnderWeight, tag: { ...tag, limit: person.minTotal } },
      { weight: person.totalOverWeight, tag: { ...tag, limit: person.maxTotal } },
    );
  });
}

/** Most sessions each person can sit: by day capacity, and by a hard maxTotal. */
function personCapacity(ctx: PrecheckContext) {
  return ctx.idx.people.map((person, p) => {
    let sittable = 0;
    for (let d = 0; d < ctx.problem.days.length; d++) sittable += ctx.dayCapacity(p, d);
    const cap =
      person.maxTotal !== undefined && person.totalOverWeight === undefined
        ? Math.min(sittable, person.maxTotal)
        : sittable;
    return { cap, sittable };
  });
}

/** Hard demand against what everyone together may sit, and hard minimums against the seats. */
function demandAgainstQuotas(ctx: PrecheckContext): Diagnosis[] {
  const { idx } = ctx;
  const out: Diagnosis[] = [];
  const demand = idx.sessions.reduce(
    (a, s) => a + (s.cover.underWeight === undefined ? s.cover.required : 0),
    0,
  );
  const supply = personCapacity(ctx).reduce((a, c) => a + c.cap, 0);
  if (demand > supply) {
    out.push({
      rule: 'total',
      code: 'TOTAL_QUOTA',
      message: `需求 ${demand} 班次超过最多可排班次之和 ${supply}`,
      messageEn: `demand ${demand} sessions exceeds the sum of max quotas ${supply}`,
      required: demand,
      available: supply,
      source: 'precheck',
    });
  }
  const seats = idx.sessions.reduce(
    (a, s) => (s.cover.overWeight === undefined ? a + s.cover.required : Infinity),
    0,
  );
  const minSum = idx.people.reduce(
    (a, q) => a + (q.totalUnderWeight === undefined ? (q.minTotal ?? 0) : 0),
    0,
  );
  if (minSum > seats) {
    out.push({
      rule: 'total',
      code: 'TOTAL_MIN_QUOTA',
      message: `各领导最少班次之和 ${minSum} 超过全部场次需要的人次 ${seats}`,
      messageEn: `sum of min quotas ${minSum} exceeds the ${seats} seats to fill`,
      required: minSum,
      available: seats,
      source: 'precheck',
    });
  }
  return out;
}

/** A hard minimum above the sessions the person could sit at all. */
function unreachableMinimums(ctx: PrecheckContext): Diagnosis[] {
  const caps = personCapacity(ctx);
  return ctx.idx.people.flatMap((q, p) => {
    if (q.minTotal === undefined || q.totalUnderWeight !== undefined) return [];
    if (q.minTotal <= caps[p].sittable) return [];
    return [
      {
        rule: 'total',
        code: 'PERSON_MIN_UNREACHABLE',
        message: `${ctx.words.who(q.id)} 至少需排 ${q.minTotal} 次，但仅有 ${caps[p].sittable} 个可排班次`,
        messageEn: `${q.id} needs at least ${q.minTotal} sessions, only ${caps[p].sittable} possible`,
        personId: q.id,
        required: q.minTotal,
        available: caps[p].sittable,
        source: 'precheck' as const,
      },
    ];
  });
}
