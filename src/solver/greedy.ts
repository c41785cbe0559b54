/**
 * A first roster without HiGHS, in milliseconds: sessions are filled one at a time, the tightest
 * first, each seat with the person it costs least, never making one of that person's hard rules
 * worse (a new breach, or a breach growing). A person's rules are judged by the verifier's own
 * checks on that person's sittings alone, so the construction knows no rule by name; rules about
 * several people (cover, pool quotas, pins) are kept by the filling itself or left to the final
 * check. The roster counts only when the verifier finds no hard rule broken.
 */
import type { Assignment, Problem, Violation } from './problem.js';
import { RULES } from './rules/index.js';
import { lookupsOf, RosterFacts, type ProblemLookups } from './rules/roster-facts.js';
import { runCheck } from './rules/rule.js';
import { verify } from './verifier.js';

const SHARED = new Set(['cover', 'poolQuota', 'pin']);
const PERSON_RULES = RULES.filter((r) => !SHARED.has(r.id));
/** Candidates weighed for a seat, at most (of those who may sit it). */
const WEIGHED = 8;

/** Where a hard rule breaks and by how much, per place: what a seat may not make worse. */
interface Standing {
  hard: Map<string, number>;
  /** Sum of the hard breaches' sizes. */
  breach: number;
  soft: number;
}

const placeOf = (v: Violation) =>
  [v.rule, v.side, v.date, v.shift, v.to, v.pool].map((x) => x ?? '').join('|');

function sizeOf(v: Violation): number {
  if (v.limit === undefined || v.actual === undefined) return 1;
  if (v.side === 'under') return v.limit - v.actual;
  if (v.side === 'over') return v.actual - v.limit;
  return v.actual;
}

/** The problem as one person sees it: only their fixed duties, previous roster and rules. */
function alone(problem: Problem, personId: string): Problem {
  const mine = <T extends { personId: string }>(xs: readonly T[] | undefined) =>
    xs?.filter((x) => x.personId === personId);
  return {
    ...problem,
    people: problem.people.filter((p) => p.id === personId),
    pins: [],
    poolQuotas: undefined,
    fixed: mine(problem.fixed),
    previous: problem.previous && {
      ...problem.previous,
      assignments: mine(problem.previous.assignments)!,
    },
  };
}

interface View {
  problem: Problem;
  lookups: ProblemLookups;
}

function standing(view: View, sittings: readonly Assignment[]): Standing {
  const facts = new RosterFacts(view.problem, sittings, view.lookups);
  for (const rule of PERSON_RULES) runCheck(rule, facts);
  const hard = new Map<string, number>();
  let breach = 0;
  for (const v of facts.hardViolations) {
    const size = Math.max(1, sizeOf(v));
    hard.set(placeOf(v), (hard.get(placeOf(v)) ?? 0) + size);
    breach += size;
  }
  const soft = Object.values(facts.penaltyByRule).reduce((a, b) => a + b, 0);
  return { hard, breach, soft };
}

/** True when `after` breaks no hard rule more than `before` did, at any place. */
const noWorse = (before: Standing, after: Standing) =>
  [...after.hard].every(([place, size]) => size <= (before.hard.get(place) ?? 0));

export interface GreedyRoster {
  assignments: Assignment[];
  /** The verifier's hard breaches of the whole roster; empty when it is a roster to keep. */
  hardViolations: Violation[];
}

/**
 * Fills the problem's sessions from `candidates` (who may sit which session at all: eligible
 * and available, as the model's assignment columns say); pins are seated first.
 */
export function greedyRoster(problem: Problem, candidates: readonly Assignment[]): GreedyRoster {
  const views = new Map(
    problem.people.map((p) => {
      const view = alone(problem, p.id);
      return [p.id, { problem: view, lookups: lookupsOf(view) }];
    }),
  );
  const seated = new Map(problem.people.map((p) => [p.id, [] as Assignment[]]));
  const load = new Map<string, number>();
  const current = new Map<string, Standing>();
  const standingOf = (id: string) => {
    let s = current.get(id);
    if (!s) current.set(id, (s = standing(views.get(id)!, seated.get(id)!)));
    return s;
  };
  const seat = (a: Assignment) => {
    seated.get(a.personId)!.push(a);
    load.set(`${a.date}|${a.shift}`, (load.get(`${a.date}|${a.shift}`) ?? 0) + 1);
    current.delete(a.personId);
  };
  const taken = new Set<string>();
  for (const pin of problem.pins ?? []) {
    const key = `${pin.date}|${pin.shift}|${pin.personId}`;
    if (taken.has(key) || !views.has(pin.personId)) continue;
    taken.add(key);
    seat(pin);
  }
  const bySession = new Map<string, Assignment[]>();
  for (const c of candidates) {
    const key = `${c.date}|${c.shift}`;
    bySession.set(key, [...(bySession.get(key) ?? []), c]);
  }
  const dayOf = new Map(problem.days.map((d, i) => [d.date, i]));
  const fixedLoad = new Map<string, number>();
  for (const f of problem.fixed ?? [])
    fixedLoad.set(`${f.date}|${f.shift}`, (fixedLoad.get(`${f.date}|${f.shift}`) ?? 0) + 1);
  // Tightest first: hard cover before soft, then the fewest spare candidates, then by date.
  const sessions = problem.cover
    .map((c) => ({ c, pool: bySession.get(`${c.date}|${c.shift}`) ?? [] }))
    .sort(
      (a, b) =>
        +(a.c.underWeight !== undefined) - +(b.c.underWeight !== undefined) ||
        a.pool.length - a.c.required - (b.pool.length - b.c.required) ||
        dayOf.get(a.c.date)! - dayOf.get(b.c.date)!,
    );
  for (const { c, pool } of sessions) {
    const key = `${c.date}|${c.shift}`;
    while ((load.get(key) ?? 0) + (fixedLoad.get(key) ?? 0) < c.required) {
      let best: { a: Assignment; score: number[] } | undefined;
      let weighed = 0;
      // The likeliest first (short of a minimum, then the fewest seats), and only the first few
      // that may sit: weighing everyone costs as much as HiGHS proving a realistic month.
      const likely = pool
        .filter((a) => !taken.has(`${a.date}|${a.shift}|${a.personId}`))
        .map((a) => ({
          a,
          short: standingOf(a.personId).breach > 0,
          seats: seated.get(a.personId)!.length,
        }))
        .sort((x, y) => +y.short - +x.short || x.seats - y.seats)
        .map((x) => x.a);
      for (const a of likely) {
        if (weighed >= WEIGHED) break;
        const before = standingOf(a.personId);
        const after = standing(views.get(a.personId)!, [...seated.get(a.personId)!, a]);
        if (!noWorse(before, after)) continue;
        const relief = before.breach - after.breach;
        const cost = after.soft - before.soft;
        // A soft seat is filled only when it pays: the person's relief, or a cost below the
        // penalty of leaving it empty.
        if (c.underWeight !== undefined && relief <= 0 && cost >= c.underWeight) continue;
        weighed++;
        const score = [-relief, cost, seated.get(a.personId)!.length];
        if (!best || lexLess(score, best.score)) best = { a, score };
      }
      if (!best) break;
      taken.add(`${best.a.date}|${best.a.shift}|${best.a.personId}`);
      seat(best.a);
    }
  }
  // Then whoever still falls short of a hard minimum takes more seats: an empty one first, or
  // one over cover where over-cover is only priced.
  const coverOf = new Map(problem.cover.map((c) => [`${c.date}|${c.shift}`, c]));
  const seatCost = (key: string) => {
    const c = coverOf.get(key)!;
    const sat = (load.get(key) ?? 0) + (fixedLoad.get(key) ?? 0);
    if (sat < c.required) return -(c.underWeight ?? 0);
    return c.overWeight;
  };
  const byPerson = new Map<string, Assignment[]>();
  for (const c of candidates) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
  for (const person of problem.people) {
    for (;;) {
      const before = standingOf(person.id);
      if (before.breach === 0) break;
      let best: { a: Assignment; score: number[] } | undefined;
      for (const a of byPerson.get(person.id) ?? []) {
        if (taken.has(`${a.date}|${a.shift}|${a.personId}`)) continue;
        const extra = seatCost(`${a.date}|${a.shift}`);
        if (extra === undefined) continue;
        const after = standing(views.get(a.personId)!, [...seated.get(a.personId)!, a]);
        const relief = before.breach - after.breach;
        if (relief <= 0 || !noWorse(before, after)) continue;
        const score = [-relief, after.soft - before.soft + extra];
        if (!best || lexLess(score, best.score)) best = { a, score };
      }
      if (!best) break;
      taken.add(`${best.a.date}|${best.a.shift}|${best.a.personId}`);
      seat(best.a);
    }
  }
  const assignments = [...seated.values()].flat();
  return { assignments, hardViolations: verify(problem, assignments).hardViolations };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
