import type { ModelContext } from '../model/context.js';
import type { Diagnosis } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import type { Rule } from './rule.js';

/** Pins (problem.pins) fix a person to a session. */
export const pinRule: Rule = {
  id: 'pin',
  label: '固定安排缺失',
  elasticCost: 4,
  model: addPins,
  check(f) {
    for (const pin of f.problem.pins ?? []) {
      if (!f.keys.has(`${pin.date}|${pin.shift}|${pin.personId}`))
        f.breach('pin', { message: 'pinned assignment missing', ...pin });
    }
  },
  precheck: pinContradictions,
  relaxed: (r, w) =>
    `${w.who(r.personId)} 被固定于 ${w.at(r.date, r.shift)}，但该固定安排与其他硬性规则冲突`,
  describe: (v, w) => `固定安排的 ${w.who(v.personId)} 未被安排`,
};

function addPins(ctx: ModelContext): void {
  const { idx, b } = ctx;
  const seen = new Set<string>();
  for (const pin of ctx.problem.pins ?? []) {
    const key = `${pin.date}|${pin.shift}|${pin.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = idx.personOf.get(pin.personId)!;
    const s = idx.sessionAt[idx.dayOf.get(pin.date)!][idx.shiftOf.get(pin.shift)!];
    const col = s ? ctx.x[p][s.index] : -1;
    if (ctx.elastic) {
      // Pin as a priced wish: cost * (1 - x), through a slack that is 1 when the pin is dropped.
      const cost = ctx.elasticCost('pin');
      const tag = {
        rule: 'pin',
        personId: pin.personId,
        date: pin.date,
        shift: pin.shift,
        side: 'under' as const,
      };
      if (col >= 0) {
        const slack = b.addCol(cost, 0, 1, false);
        b.addRow(
          [
            [col, 1],
            [slack, 1],
          ],
          1,
          Infinity,
        );
        ctx.elasticCols.push({ col: slack, tag });
      } else {
        // The pin can never hold: a slack fixed at 1 reports it.
        ctx.elasticCols.push({ col: b.addCol(cost, 1, 1, false), tag });
      }
      continue;
    }
    if (col < 0) b.triviallyInfeasible = true;
    else b.setLower(col, 1);
  }
}

/** Pins are the most direct contradictions: no session, unavailable, ineligible, too many. */
function pinContradictions(ctx: PrecheckContext): Diagnosis[] {
  const { idx, problem, words: w } = ctx;
  const out: Diagnosis[] = [];
  const pinsPerSession = new Map<number, number>();
  const pinsPerPersonDay = new Map<string, number>();
  const seen = new Set<string>();
  for (const pin of problem.pins ?? []) {
    const key = `${pin.date}|${pin.shift}|${pin.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = idx.personOf.get(pin.personId)!;
    const s = idx.sessionAt[idx.dayOf.get(pin.date)!][idx.shiftOf.get(pin.shift)!];
    const base = {
      rule: 'pin',
      date: pin.date,
      shift: pin.shift,
      personId: pin.personId,
      source: 'precheck' as const,
    };
    const name = w.who(pin.personId);
    if (!s) {
      out.push({
        ...base,
        code: 'PIN_NO_SESSION',
        message: `${w.at(pin.date, pin.shift)} 没有接访场次，无法固定 ${name}`,
        messageEn: `no session at ${pin.date} ${pin.shift} for the pin of ${pin.personId}`,
      });
      continue;
    }
    if (idx.isUnavailable(p, s)) {
      out.push({
        ...base,
        code: 'PIN_UNAVAILABLE',
        message: `${name} 被固定在 ${w.at(pin.date, pin.shift)}，但该时段已登记不可用`,
        messageEn: `${pin.personId} is pinned to ${pin.date} ${pin.shift} but is unavailable`,
      });
    }
    if (!idx.isEligible(p, s)) {
      out.push({
        ...base,
        code: 'PIN_INELIGIBLE',
        message: `${name} 被固定在 ${w.at(pin.date, pin.shift)}，但不属于该场次可排的轮值范围`,
        messageEn: `${pin.personId} is pinned to ${pin.date} ${pin.shift} but is not eligible`,
      });
    }
    pinsPerSession.set(s.index, (pinsPerSession.get(s.index) ?? 0) + 1);
    const pd = `${p}|${s.day}`;
    pinsPerPersonDay.set(pd, (pinsPerPersonDay.get(pd) ?? 0) + 1);
  }
  for (const [si, k] of pinsPerSession) {
    const s = idx.sessions[si];
    if (s.cover.overWeight === undefined && k > s.cover.required) {
      out.push({
        rule: 'pin',
        code: 'PIN_OVER_COVER',
        message: `${w.at(s.date, s.shiftId)} 固定了 ${k} 名领导，超过需要的 ${s.cover.required} 名`,
        messageEn: `${k} pins at ${s.date} ${s.shiftId} exceed the required ${s.cover.required}`,
        date: s.date,
        shift: s.shiftId,
        required: s.cover.required,
        available: k,
        source: 'precheck',
      });
    }
  }
  for (const [pd, k] of pinsPerPersonDay) {
    const [p, d] = pd.split('|').map(Number);
    const cap = idx.maxPerDay(p);
    if (k <= cap) continue;
    const person = idx.people[p];
    const date = problem.days[d].date;
    out.push({
      rule: 'pin',
      code: 'PIN_SAME_DAY',
      message: `${w.who(person.id)} 在 ${date} 被固定了 ${k} 个班次，超过每天最多 ${cap} 个`,
      messageEn: `${person.id} has ${k} pins on ${date}, more than ${cap} a day`,
      date,
      personId: person.id,
      source: 'precheck',
    });
  }
  return out;
}
