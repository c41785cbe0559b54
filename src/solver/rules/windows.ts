import type { ModelContext } from '../model/context.js';
import { ProblemIndex, type Session } from '../model/problem-index.js';
import type { SlidingWindow } from '../problem.js';
import type { Rule } from './rule.js';

/**
 * Days covered by each sliding window: every run of `days` consecutive (working) days; a horizon
 * shorter than the window is one window.
 */
export function windowDayRuns(
  working: boolean[],
  days: number,
  workingDaysOnly: boolean,
): number[][] {
  const seq = working.map((_, i) => i).filter((i) => !workingDaysOnly || working[i]);
  if (seq.length === 0) return [];
  if (seq.length <= days) return [seq];
  const runs: number[][] = [];
  for (let i = 0; i + days <= seq.length; i++) runs.push(seq.slice(i, i + days));
  return runs;
}

/**
 * Spacing (person.windows): a session comes too soon when `max` other sessions of the person lie
 * in the `days` counted days (working days with workingDaysOnly) ending on its day. Breaches are
 * counted per session that comes too soon, which is what office staff count ("间隔过近 2 次"),
 * and only for sessions on dates from..to with a matching tag; earlier ones outside still count.
 */
export const windowRule: Rule = {
  id: 'window',
  label: '坐班间隔过近',
  model(ctx) {
    const { idx } = ctx;
    idx.people.forEach((person, p) => {
      for (const w of person.windows ?? []) {
        const restricted = w.from !== undefined || w.to !== undefined || w.tags !== undefined;
        if (w.weight === undefined && !restricted) addRunRows(ctx, p, w);
        else addPerSessionRows(ctx, p, w);
      }
    });
  },
  checkPerson(f, person) {
    for (const w of person.windows ?? []) {
      // Position of each counted day, so that a window is `days` consecutive positions.
      const position = new Map<number, number>();
      f.problem.days.forEach((_, d) => {
        if (!w.workingDaysOnly || f.working[d]) position.set(d, position.size);
      });
      const duties = f
        .sittingsOf(person.id)
        .filter((s) => position.has(s.day))
        .filter((s) => w.tags === undefined || (s.tag !== undefined && w.tags.includes(s.tag)));
      for (let j = w.max; j < duties.length; j++) {
        const s = duties[j];
        if ((w.from !== undefined && s.date < w.from) || (w.to !== undefined && s.date > w.to))
          continue;
        const first = duties[j - w.max];
        if (position.get(s.day)! - position.get(first.day)! >= w.days) continue;
        const earlier = duties.slice(j - w.max, j).map((e) => e.date);
        f.bound('window', w.weight, 1, {
          message: `${w.max + 1} sessions within ${w.days} days`,
          personId: person.id,
          date: s.date,
          shift: s.shift,
          limit: w.days,
          actual: w.max,
          dates: earlier,
          variant: w.workingDaysOnly ? 'working' : 'calendar',
        });
      }
    }
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 在 ${w.at(r.date, r.shift)} 的坐班距此前的坐班过近（间隔规则 ${r.limit ?? 0} 天）`,
  describe(v, w) {
    const unit = v.variant === 'working' ? '个工作日' : '天';
    const earlier = v.dates ?? [];
    return earlier.length === 1
      ? `${w.who(v.personId)} 距上次坐班（${earlier[0]}）不足 ${v.limit} ${unit}`
      : `${w.who(v.personId)} ${v.limit} ${unit}内坐班超过 ${v.actual} 次（另见 ${w.dates(earlier)}）`;
  },
};

/** Counted sessions of a person under a window, in day then shift order, with day positions. */
function countedSessions(ctx: ModelContext, p: number, w: SlidingWindow) {
  const { idx } = ctx;
  const position = new Map<number, number>();
  idx.working.forEach((working, d) => {
    if (!w.workingDaysOnly || working) position.set(d, position.size);
  });
  const sessions = idx.sessions.filter(
    (s) => ctx.x[p][s.index] >= 0 && position.has(s.day) && ProblemIndex.matches(w.tags, s.tag),
  );
  return { sessions, position };
}

/** Hard and unrestricted: at most `max` in every run of `days` counted days (tight rows). */
function addRunRows(ctx: ModelContext, p: number, w: SlidingWindow): void {
  const { idx, problem } = ctx;
  const person = idx.people[p];
  for (const run of windowDayRuns(idx.working, w.days, w.workingDaysOnly ?? false)) {
    const cols = run.flatMap((d) => ctx.dayCols(p, d));
    if (cols.length <= w.max) continue;
    ctx.constrain(new Map(cols.map((c) => [c, 1])), -Infinity, w.max, undefined, {
      tag: { rule: 'window', personId: person.id, date: problem.days[run[0]].date, limit: w.days },
    });
  }
}

/**
 * Per session t that may come too soon: with W(t) its predecessors inside the window and
 * K = |W(t)| - max + 1, the row  sum(W) + K x_t - K z_t <= max - 1 + K  makes the indicator z_t
 * 1 exactly when t is sat after `max` others in the window (z_t is held at 0 for a hard rule).
 * With max 1 this is the pairwise  z_t >= x_t + x_s - 1, which is what the rows reduce to.
 * Those rows are weak in the LP relaxation (half a duty on each of two close days costs nothing),
 * so each run of `days` counted days inside from..to also gets the valid cut
 * sum(z in run) >= sum(x in run) - max: of k duties in such a run, all but the first `max` come
 * too soon.
 */
function addPerSessionRows(ctx: ModelContext, p: number, w: SlidingWindow): void {
  const { b, idx } = ctx;
  const person = idx.people[p];
  const { sessions, position } = countedSessions(ctx, p, w);
  const weight = w.weight === undefined ? undefined : ctx.softWeight(w.weight);
  if (weight === 0) return;
  const checked = (date: string) =>
    (w.from === undefined || date >= w.from) && (w.to === undefined || date <= w.to);
  const col = (s: Session) => ctx.x[p][s.index];
  const zOf = new Map<number, number>();
  let lo = 0;
  sessions.forEach((t, i) => {
    const reach = position.get(t.day)! - w.days;
    while (position.get(sessions[lo].day)! <= reach) lo++;
    const preceding = sessions.slice(lo, i);
    if (!checked(t.date) || preceding.length < w.max) return;
    const tag = {
      rule: 'window',
      personId: person.id,
      date: t.date,
      shift: t.shiftId,
      limit: w.days,
    };
    if (w.max === 0) {
      ctx.constrain(new Map([[col(t), 1]]), -Infinity, 0, undefined, { weight, tag });
      return;
    }
    const z = weight === undefined ? undefined : b.addCol(weight, 0, 1, w.max > 1);
    if (z !== undefined) zOf.set(t.index, z);
    const k = w.max === 1 ? 1 : preceding.length - w.max + 1;
    const rows: Map<number, number>[] =
      w.max === 1
        ? preceding.map(
            (s) =>
              new Map([
                [col(s), 1],
                [col(t), 1],
              ]),
          )
        : [new Map([...preceding.map((s): [number, number] => [col(s), 1]), [col(t), k]])];
    for (const row of rows) {
      if (z === undefined) {
        ctx.constrain(row, -Infinity, w.max - 1 + k, undefined, { tag });
        continue;
      }
      row.set(z, -k);
      b.addRow(row, -Infinity, w.max - 1 + k);
    }
  });
  if (weight === undefined) return;
  // Run cuts: runs of `days` consecutive counted days whose dates are all checked.
  const counted = [...position.keys()];
  for (let a = 0; a + w.days <= counted.length; a++) {
    const run = new Set(counted.slice(a, a + w.days));
    if (![...run].every((d) => checked(ctx.problem.days[d].date))) continue;
    const inRun = sessions.filter((s) => run.has(s.day));
    if (inRun.length <= w.max) continue;
    const row = new Map<number, number>();
    for (const s of inRun) {
      row.set(col(s), -1);
      const z = zOf.get(s.index);
      if (z !== undefined) row.set(z, 1);
    }
    b.addRow(row, -w.max, Infinity);
  }
}
