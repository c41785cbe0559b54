import { terms, type ModelContext } from '../model/context.js';

/**
 * Days covered by each sliding window: every run of `days` consecutive (working) days; a horizon
 * shorter than the window is one window. Exported so the verifier and tests agree on the rule.
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
export function addWindowRules(ctx: ModelContext): void {
  const { idx, problem } = ctx;
  idx.people.forEach((person, p) => {
    (person.windows ?? []).forEach((w) => {
      for (const run of windowDayRuns(idx.working, w.days, w.workingDaysOnly ?? false)) {
        const cols = run.flatMap((d) => ctx.dayCols(p, d));
        if (cols.length <= w.max) continue;
        ctx.constrain(terms(cols), -Infinity, w.max, undefined, {
          weight: w.weight,
          meta: {
            code: 'WINDOW',
            personId: person.id,
            date: problem.days[run[0]].date,
            limit: w.max,
          },
        });
      }
    });
  });
}
