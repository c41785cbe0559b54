/** Small hand-made problems for the solver's own tests. */
import type { Assignment, Cover, Person, Problem } from './problem.js';
import { RosterFacts } from './rules/roster-facts.js';
import { runCheck, type Rule } from './rules/rule.js';

export interface TinySpec {
  days?: number;
  shifts?: { id: string; minutes?: number; forbiddenSuccessors?: string[] }[];
  people?: (Partial<Person> & { id: string })[] | number;
  /** Required per session (hard) unless cover is given. */
  required?: number;
  cover?: Partial<Cover>;
  /** First day, default Monday 2026-03-02. */
  start?: string;
}

export function tinyProblem(spec: TinySpec = {}): Problem {
  const n = spec.days ?? 3;
  const start = new Date((spec.start ?? '2026-03-02') + 'T00:00:00Z');
  const days = Array.from({ length: n }, (_, i) => {
    const d = new Date(start);
    d.setUTCDate(d.getUTCDate() + i);
    const wd = d.getUTCDay();
    return { date: d.toISOString().slice(0, 10), weekend: wd === 0 || wd === 6 };
  });
  const shiftTypes = (spec.shifts ?? [{ id: 'AM' }]).map((s) => ({ minutes: 180, ...s }));
  const people: Person[] =
    typeof spec.people === 'number' || spec.people === undefined
      ? Array.from({ length: typeof spec.people === 'number' ? spec.people : 2 }, (_, i) => ({
          id: `P${i + 1}`,
        }))
      : spec.people;
  const cover: Cover[] = days.flatMap((d) =>
    shiftTypes.map((s) => ({
      date: d.date,
      shift: s.id,
      required: spec.required ?? 1,
      ...spec.cover,
    })),
  );
  return { days, shiftTypes, cover, people, pins: [] };
}

export const dateOf = (i: number, start = '2026-03-02'): string => {
  const d = new Date(start + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + i);
  return d.toISOString().slice(0, 10);
};

/** Runs one rule's independent check on a roster, and returns what it found. */
export function checkRule(rule: Rule, problem: Problem, assignments: Assignment[]): RosterFacts {
  const facts = new RosterFacts(problem, assignments);
  runCheck(rule, facts);
  return facts;
}

/** One session per listed day index for a person (shift AM unless given). */
export const sitting = (personId: string, days: number[], shift = 'AM'): Assignment[] =>
  days.map((d) => ({ date: dateOf(d), shift, personId }));

/**
 * Two people whose own rules ask for work runs of 2-3 days, rests of at least 2 and
 * `minMinutes` of work (180 a session); one seat a day, an empty one priced at 5.
 */
export function runsProblem(days: number, minMinutes: number): Problem {
  const rules = {
    minConsecutiveWorkDays: 2,
    maxConsecutiveWorkDays: 3,
    minConsecutiveDaysOff: 2,
    minMinutes,
  };
  return tinyProblem({
    days,
    cover: { underWeight: 5 },
    people: [
      { id: 'P1', ...rules },
      { id: 'P2', ...rules },
    ],
  });
}
