import type { Problem } from './problem.js';

/**
 * The problem as one person sees it: everyone else gone, with only this person's pins, fixed
 * duties and previous roster; pool quotas (rules about several people) are dropped. Used to
 * judge or solve one person's own rules alone (greedy fill, one person at a time).
 */
export function personView(problem: Problem, personId: string): Problem {
  const mine = <T extends { personId: string }>(xs: readonly T[] | undefined) =>
    xs?.filter((x) => x.personId === personId);
  return {
    ...problem,
    people: problem.people.filter((p) => p.id === personId),
    pins: mine(problem.pins),
    fixed: mine(problem.fixed),
    poolQuotas: undefined,
    previous: problem.previous && {
      ...problem.previous,
      assignments: mine(problem.previous.assignments)!,
    },
  };
}
