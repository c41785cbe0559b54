import type { Assignment, Problem } from '../solver/index.js';

/** A duty that comes too soon after the same leader's previous ones. */
export interface SpacingBreach {
  personId: string;
  date: string;
  shift: string;
  /** The earlier duties it is too close to (`max` of them), oldest first. */
  earlier: string[];
  /** The rule: at most `max` sessions in any `days` (working) days. */
  days: number;
  max: number;
}

/**
 * The spacing rule's breaches as office staff count them: one per duty that comes too soon, not
 * one per sliding window (the solver's objective charges every window that holds the pair, so a
 * single pair of close duties is charged up to `days - 1` times and dated on the window's start,
 * which may be a day the leader does not sit). Duties on days outside the counted days (weekend
 * duties of a special period, for a working-day rule) are not counted, as in the solver.
 */
export function spacingBreaches(
  problem: Problem,
  assignments: readonly Assignment[],
): SpacingBreach[] {
  const position = new Map<string, number>();
  const workingPosition = new Map<string, number>();
  problem.days.forEach((d, i) => {
    position.set(d.date, i);
    if (d.working ?? !d.weekend) workingPosition.set(d.date, workingPosition.size);
  });
  const byPerson = new Map<string, Assignment[]>();
  for (const a of assignments) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const breaches: SpacingBreach[] = [];
  for (const person of problem.people) {
    for (const w of person.windows ?? []) {
      const at = w.workingDaysOnly ? workingPosition : position;
      const duties = (byPerson.get(person.id) ?? [])
        .filter((a) => at.has(a.date))
        .sort((a, b) => at.get(a.date)! - at.get(b.date)! || a.shift.localeCompare(b.shift));
      for (let j = w.max; j < duties.length; j++) {
        const first = duties[j - w.max];
        if (at.get(duties[j].date)! - at.get(first.date)! >= w.days) continue;
        breaches.push({
          personId: person.id,
          date: duties[j].date,
          shift: duties[j].shift,
          earlier: duties.slice(j - w.max, j).map((a) => a.date),
          days: w.days,
          max: w.max,
        });
      }
    }
  }
  return breaches;
}
