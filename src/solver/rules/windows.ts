import { terms } from '../model/context.js';
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

/** At most `max` sessions in any window of `days` (working) days; soft when weighted. */
export const windowRule: Rule = {
  id: 'window',
  label: '坐班间隔过近',
  model(ctx) {
    const { idx, problem } = ctx;
    idx.people.forEach((person, p) => {
      for (const w of person.windows ?? []) {
        for (const run of windowDayRuns(idx.working, w.days, w.workingDaysOnly ?? false)) {
          const cols = run.flatMap((d) => ctx.dayCols(p, d));
          if (cols.length <= w.max) continue;
          ctx.constrain(terms(cols), -Infinity, w.max, undefined, {
            weight: w.weight,
            tag: {
              rule: 'window',
              personId: person.id,
              date: problem.days[run[0]].date,
              limit: w.max,
            },
          });
        }
      }
    });
  },
  check(f) {
    for (const person of f.problem.people) {
      const perDay = f.perDay(person.id);
      for (const w of person.windows ?? []) {
        for (const run of windowDayRuns(f.working, w.days, w.workingDaysOnly ?? false)) {
          const k = run.reduce((acc, d) => acc + perDay[d], 0);
          f.bound('window', w.weight, k - w.max, {
            message: `${k} sessions in ${w.days} days > ${w.max}`,
            personId: person.id,
            date: f.problem.days[run[0]].date,
            limit: w.max,
            actual: k,
            side: 'over',
          });
        }
      }
    }
  },
  relaxed: (r, w) =>
    `${w.who(r.personId)} 自 ${w.at(r.date, r.shift)} 起的间隔期内最多排 ${r.limit ?? 0} 次，需要多排 ${r.amount} 次`,
};
