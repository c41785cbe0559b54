/** Small hand-made problems for the solver's own tests. */
import { curtoisToProblem, parseCurtois } from './curtois.js';
import { mulberry32 } from './generator.js';
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

/**
 * A small problem in the Curtois & Qu format, hard the way that benchmark is (runs, rests and
 * minutes per person, forbidden successions, requests, cover priced at 100): with a budget of a
 * few neighbourhoods, different seeds end on different rosters (14 days and 8 people: 519 and 617).
 */
export function curtoisLikeProblem(seed: number, days: number, staff: number): Problem {
  const random = mulberry32(seed);
  const below = (n: number) => Math.floor(random() * n);
  const people = Array.from({ length: staff }, (_, i) => `S${i}`);
  const shift = () => 'DEN'[below(3)];
  const requests = () =>
    Array.from(
      { length: staff * 2 },
      () => `S${below(staff)},${below(days)},${shift()},${1 + below(3)}`,
    );
  const text = [
    'SECTION_HORIZON',
    days,
    'SECTION_SHIFTS',
    'D,480,',
    'E,480,D',
    'N,480,D|E',
    'SECTION_STAFF',
    ...people.map(
      (p) =>
        `${p},D=${days}|E=${days}|N=${Math.floor(days / 4)},${480 * Math.ceil(days * 0.6)},` +
        `${480 * Math.floor(days * 0.4)},5,2,2,${Math.ceil(days / 14)}`,
    ),
    'SECTION_DAYS_OFF',
    ...people.map((p) => `${p},${below(days)}`),
    'SECTION_SHIFT_ON_REQUESTS',
    ...requests(),
    'SECTION_SHIFT_OFF_REQUESTS',
    ...requests(),
    'SECTION_COVER',
    ...Array.from({ length: days }, (_, d) =>
      ['D', 'E', 'N'].map((s) => `${d},${s},${1 + below(Math.max(1, staff / 4))},100,1`),
    ).flat(),
  ].join('\n');
  return curtoisToProblem(parseCurtois(`${text}\n`), `curtois-like-${seed}`);
}
