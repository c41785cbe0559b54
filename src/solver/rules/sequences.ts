import type { Terms } from '../model/builder.js';
import type { ModelContext } from '../model/context.js';
import type { RosterFacts } from './roster-facts.js';
import type { Rule } from './rule.js';

const INF = Infinity;

function add(into: Map<number, number>, t: Terms, coef: number): void {
  for (const [c, v] of t) into.set(c, (into.get(c) ?? 0) + v * coef);
}

/** Work days of a person in a roster, by day index. */
const workedDays = (f: RosterFacts, personId: string) => f.perDay(personId).map((k) => k > 0);

/** Interior runs (not touching the horizon's ends) of `value` shorter than `min`. */
function shortInteriorRuns(worked: boolean[], value: boolean, min: number): number {
  const n = worked.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (worked[i] !== value) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && worked[j] === value) j++;
    if (i > 0 && j < n && j - i < min) count++;
    i = j;
  }
  return count;
}

/** Hard or priced at sequenceWeight per violating run/window. */
function sequenceBreach(
  f: RosterFacts,
  rule: string,
  personId: string,
  count: number,
  limit: number,
  message: string,
) {
  const weight = f.personById.get(personId)!.sequenceWeight;
  f.bound(rule, weight, count, { personId, limit, actual: count, message });
}

/**
 * At most maxConsecutiveWorkDays in a row. Its model also builds the two minimum rules below:
 * the hard variants share one run-length flow (addRunFlow).
 */
export const maxConsecutiveRule: Rule = {
  id: 'maxConsecutive',
  label: '连续工作天数过多',
  model: addSequenceRules,
  checkPerson(f, person) {
    const k = person.maxConsecutiveWorkDays;
    if (k === undefined) return;
    const worked = workedDays(f, person.id);
    let over = 0;
    for (let i = 0; i + k < worked.length; i++)
      if (worked.slice(i, i + k + 1).every(Boolean)) over++;
    sequenceBreach(f, 'maxConsecutive', person.id, over, k, `more than ${k} consecutive work days`);
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 自 ${w.at(r.date)} 起需要连续工作超过 ${r.limit ?? 0} 天`,
};

/** Interior work runs of at least minConsecutiveWorkDays (model: maxConsecutiveRule). */
export const minConsecutiveRule: Rule = {
  id: 'minConsecutive',
  label: '连续工作天数过少',
  checkPerson(f, person) {
    const min = person.minConsecutiveWorkDays;
    if (min === undefined) return;
    const count = shortInteriorRuns(workedDays(f, person.id), true, min);
    sequenceBreach(f, 'minConsecutive', person.id, count, min, `work run shorter than ${min} days`);
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 在 ${w.at(r.date)} 起的连续工作天数少于 ${r.limit ?? 0} 天`,
};

/** Interior days-off runs of at least minConsecutiveDaysOff (model: maxConsecutiveRule). */
export const minDaysOffRule: Rule = {
  id: 'minDaysOff',
  label: '连续休息天数过少',
  checkPerson(f, person) {
    const min = person.minConsecutiveDaysOff;
    if (min === undefined) return;
    const count = shortInteriorRuns(workedDays(f, person.id), false, min);
    sequenceBreach(f, 'minDaysOff', person.id, count, min, `days-off run shorter than ${min} days`);
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 在 ${w.at(r.date)} 起的连续休息天数少于 ${r.limit ?? 0} 天`,
};

/**
 * Runs of consecutive calendar days: max consecutive work days, min consecutive work days and
 * min consecutive days off. Short runs touching the horizon start or end are exempt (the state
 * before/after the horizon is unknown). Soft with person.sequenceWeight, per violating run/window.
 */
function addSequenceRules(ctx: ModelContext): void {
  const { idx, problem } = ctx;
  const n = problem.days.length;
  idx.people.forEach((person, p) => {
    const personId = person.id;
    const work = (d: number) => ctx.work(p, d);
    const weight = person.sequenceWeight;
    const maxC = person.maxConsecutiveWorkDays;
    const binding =
      maxC !== undefined ||
      (person.minConsecutiveWorkDays ?? 1) > 1 ||
      (person.minConsecutiveDaysOff ?? 1) > 1;
    if (!binding) return;
    // Hard rules: the exact run automaton (tight). Soft rules and the elastic re-solve need one
    // priced row per violation, so they keep the row-per-pattern form below.
    if (weight === undefined && !ctx.elastic) {
      addRunFlow(ctx, p);
      return;
    }
    if (maxC !== undefined) {
      for (let i = 0; i + maxC < n; i++) {
        const t = new Map<number, number>();
        for (let d = i; d <= i + maxC; d++) add(t, work(d), 1);
        if (t.size <= maxC) continue;
        ctx.constrain(t, -INF, maxC, undefined, {
          weight,
          tag: { rule: 'maxConsecutive', personId, date: problem.days[i].date, limit: maxC },
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
            tag: { rule: 'minConsecutive', personId, date: problem.days[i].date, limit: minC },
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
            tag: { rule: 'minDaysOff', personId, date: problem.days[i].date, limit: minOff },
          });
        }
      }
    }
  });
}

/**
 * Hard max/min consecutive work days and min consecutive days off as a flow through a run-length
 * automaton over the days. A flow network's LP is integral, so the relaxation of one person's
 * on/off sequence is exactly the convex hull of the sequences these rules allow; forbidding short
 * runs one row at a time is much weaker (Curtois Instance3: root LP 918 -> 1000, optimum 1001).
 * States at the end of a day: W<k> work run of k days, S<k> work run since the horizon start
 * (exempt from the minimum), O<k> off run of k days (k saturates at the minimum), Z off since
 * the horizon start (exempt). Any state may end the horizon (runs touching the end are exempt).
 */
export function addRunFlow(ctx: ModelContext, p: number): void {
  const person = ctx.idx.people[p];
  const n = ctx.problem.days.length;
  const maxC = person.maxConsecutiveWorkDays ?? Infinity;
  const minC = person.minConsecutiveWorkDays ?? 1;
  const minOff = person.minConsecutiveDaysOff ?? 1;
  // Without a maximum, work-run lengths only matter up to the minimum.
  const wCap = Number.isFinite(maxC) ? maxC : minC;
  const next = (state: string, work: boolean): string | null => {
    const kind = state[0];
    const k = Number(state.slice(1));
    if (work) {
      if (kind === 'W' || kind === 'S')
        return k + 1 > maxC ? null : `${kind}${Math.min(k + 1, wCap)}`;
      return kind === 'O' && k < minOff ? null : 'W1';
    }
    if (kind === 'W' && k < minC) return null;
    if (kind === 'Z') return 'Z0';
    return `O${Math.min(kind === 'O' ? k + 1 : 1, minOff)}`;
  };
  const { b } = ctx;
  // Arcs (flow columns) entering each state of the current day.
  let into = new Map<string, number[]>();
  const source: [number, number][] = [];
  for (const [state, work] of [
    ['S1', true],
    ['Z0', false],
  ] as const) {
    if (work && maxC < 1) continue;
    const col = b.addCol(0, 0, 1, false);
    into.set(state, [col]);
    source.push([col, 1]);
  }
  b.addRow(source, 1, 1);
  // The person works on day d exactly when the flow is in a work state.
  const link = (d: number) => {
    const t = new Map(ctx.work(p, d));
    for (const [state, cols] of into) {
      if (state[0] !== 'W' && state[0] !== 'S') continue;
      for (const c of cols) t.set(c, (t.get(c) ?? 0) - 1);
    }
    b.addRow([...t], 0, 0);
  };
  link(0);
  for (let d = 1; d < n; d++) {
    const reached = new Map<string, number[]>();
    for (const [state, inCols] of into) {
      // Conservation: what enters a state on day d-1 leaves it on day d.
      const row: [number, number][] = inCols.map((c) => [c, 1]);
      for (const work of [true, false]) {
        const to = next(state, work);
        if (to === null) continue;
        const col = b.addCol(0, 0, 1, false);
        row.push([col, -1]);
        reached.set(to, [...(reached.get(to) ?? []), col]);
      }
      b.addRow(row, 0, 0);
    }
    into = reached;
    link(d);
  }
}
