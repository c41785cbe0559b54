/**
 * The search's first roster without the whole model: the greedy fill (milliseconds; realistic
 * months), else one person at a time (a second or two on Curtois 8, where the whole model's
 * first roster takes tens). Either counts only when the verifier finds no hard rule broken.
 */
import type { BuiltModel } from './model/build.js';
import { greedyRoster } from './greedy.js';
import { personByPerson } from './person-by-person.js';
import type { Assignment, Problem } from './problem.js';
import { SHARED_RULE_IDS } from './rules/index.js';
import { verify } from './verifier.js';

/** Seconds one person's model may take (most take a tenth of it; Curtois 8 at most 0.35 s). */
const PERSON_SECONDS = 1;

/** A first roster, and how it was made: by the greedy fill, or one person at a time. */
export interface FirstRoster {
  assignments: Assignment[];
  by: 'greedy' | 'personByPerson';
}

export async function firstRoster(
  problem: Problem,
  built: BuiltModel,
  clock: () => number,
  stopAt: number,
): Promise<FirstRoster | undefined> {
  // Who may sit which session at all (eligible, available): the model's open assignment columns.
  const candidates = built.assignmentCols
    .filter((a) => built.model.colUpper[a.col] > 0.5)
    .map(({ personId, date, shift }) => ({ personId, date, shift }));
  const greedy = greedyRoster(problem, candidates);
  if (greedy.hardViolations.length === 0) return { assignments: greedy.assignments, by: 'greedy' };
  // One person at a time keeps each person's own rules, not cover: where the greedy fill, which
  // seats cover first, left cover or a pool short, it would do no better (and on a tight month
  // of 200 leaders it would cost seconds the full model needs).
  if (greedy.hardViolations.some((v) => SHARED_RULE_IDS.has(v.rule))) return undefined;
  const each = await personByPerson(problem, PERSON_SECONDS, clock, stopAt);
  return each && verify(problem, each).hardViolations.length === 0
    ? { assignments: each, by: 'personByPerson' }
    : undefined;
}
