/**
 * A first roster without HiGHS, in milliseconds: sessions are filled one at a time, the tightest
 * first, each seat with the person it costs least, never making one of that person's hard rules
 * worse (a new breach, or a breach growing). A person's rules are judged by the verifier's own
 * checks on that person's sittings alone, so the construction knows no rule by name; rules about
 * several people (cover, pool quotas, pins) are kept by the filling itself or left to the final
 * check. The roster counts only when the verifier finds no hard rule broken.
 */
import type { Assignment, Problem, Violation } from './problem.js';
import { RULES, SHARED_RULE_IDS } from './rules/index.js';
import { lookupsOf, RosterFacts, type ProblemLookups } from './rules/roster-facts.js';
import { runCheck } from './rules/rule.js';
import { verify } from './verifier.js';
import { personView } from './person-view.js';

const PERSON_RULES = RULES.filter((r) => !SHARED_RULE_IDS.has(r.id));
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
  const fill = new GreedyFill(problem);
  fill.seatPins();
  fill.fillSessions(candidates);
  // With every shared rule kept by the sessions, the first person no seat relieves decides that
  // the roster will not count: stop there rather than weigh everyone else's seats (Curtois 11:
  // 1.3 s of the fill's 1.5). Where the sessions left a shared rule broken, the shortfalls'
  // seats may still mend it, and the full verdict tells the caller which kind of rule failed.
  const shared = verify(problem, fill.roster()).hardViolations.some((v) =>
    SHARED_RULE_IDS.has(v.rule),
  );
  fill.fillShortfalls(candidates, !shared);
  const assignments = fill.roster();
  return { assignments, hardViolations: verify(problem, assignments).hardViolations };
}

const sessionKey = (a: { date: string; shift: string }) => `${a.date}|${a.shift}`;
const seatKey = (a: Assignment) => `${a.date}|${a.shift}|${a.personId}`;

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const list = out.get(key(x));
    if (list) list.push(x);
    else out.set(key(x), [x]);
  }
  return out;
}

/** A seat worth taking and its score (lower is better, compared in order). */
interface Choice {
  a: Assignment;
  score: number[];
}

const better = (x: Choice, best: Choice | undefined) => !best || lexLess(x.score, best.score);

class GreedyFill {
  private readonly views: Map<string, View>;
  private readonly seated: Map<string, Assignment[]>;
  /** People in each session: fixed duties and seats taken. */
  private readonly load = new Map<string, number>();
  private readonly taken = new Set<string>();
  private readonly standings = new Map<string, Standing>();
  private readonly coverOf: Map<string, Problem['cover'][number]>;

  constructor(private readonly problem: Problem) {
    this.views = new Map(
      problem.people.map((p) => {
        const view = personView(problem, p.id);
        return [p.id, { problem: view, lookups: lookupsOf(view) }];
      }),
    );
    this.seated = new Map(problem.people.map((p) => [p.id, []]));
    this.coverOf = new Map(problem.cover.map((c) => [sessionKey(c), c]));
    for (const f of problem.fixed ?? [])
      this.load.set(sessionKey(f), (this.load.get(sessionKey(f)) ?? 0) + 1);
  }

  roster(): Assignment[] {
    return [...this.seated.values()].flat();
  }

  seatPins(): void {
    for (const pin of this.problem.pins ?? [])
      if (!this.taken.has(seatKey(pin)) && this.views.has(pin.personId)) this.seat(pin);
  }

  /** Tightest first: hard cover before soft, then the fewest spare candidates, then by date. */
  fillSessions(candidates: readonly Assignment[]): void {
    const bySession = groupBy(candidates, sessionKey);
    const dayOf = new Map(this.problem.days.map((d, i) => [d.date, i]));
    const sessions = this.problem.cover
      .map((c) => ({ c, pool: bySession.get(sessionKey(c)) ?? [] }))
      .sort(
        (a, b) =>
          +(a.c.underWeight !== undefined) - +(b.c.underWeight !== undefined) ||
          a.pool.length - a.c.required - (b.pool.length - b.c.required) ||
          dayOf.get(a.c.date)! - dayOf.get(b.c.date)!,
      );
    for (const { c, pool } of sessions) {
      while ((this.load.get(sessionKey(c)) ?? 0) < c.required) {
        const best = this.bestFor(c, pool);
        if (!best) break;
        this.seat(best.a);
      }
    }
  }

  /**
   * The best of the likeliest few for one more seat of `c`: those short of a minimum first,
   * then the fewest seats; weighing everyone costs as much as HiGHS proving a realistic month.
   */
  private bestFor(c: Problem['cover'][number], pool: readonly Assignment[]): Choice | undefined {
    const likely = pool
      .filter((a) => !this.taken.has(seatKey(a)))
      .map((a) => ({ a, short: this.standingOf(a.personId).breach > 0, seats: this.seats(a) }))
      .sort((x, y) => +y.short - +x.short || x.seats - y.seats);
    let best: Choice | undefined;
    let weighed = 0;
    for (const { a, seats } of likely) {
      if (weighed >= WEIGHED) break;
      const { before, after } = this.weigh(a);
      if (!noWorse(before, after)) continue;
      const relief = before.breach - after.breach;
      const cost = after.soft - before.soft;
      // A soft seat is filled only when it pays: the person's relief, or a cost below the
      // penalty of leaving it empty.
      if (c.underWeight !== undefined && relief <= 0 && cost >= c.underWeight) continue;
      weighed++;
      const choice = { a, score: [-relief, cost, seats] };
      if (better(choice, best)) best = choice;
    }
    return best;
  }

  /**
   * Whoever still falls short of a hard minimum takes more seats: an empty one first, or one
   * over cover where over-cover is only priced. `stopWhenStuck`: return at the first person
   * still short whom no seat relieves.
   */
  fillShortfalls(candidates: readonly Assignment[], stopWhenStuck: boolean): void {
    const byPerson = groupBy(candidates, (a) => a.personId);
    for (const person of this.problem.people) {
      for (;;) {
        if (this.standingOf(person.id).breach === 0) break;
        let best: Choice | undefined;
        for (const a of byPerson.get(person.id) ?? []) {
          const extra = this.taken.has(seatKey(a)) ? undefined : this.seatCost(a);
          if (extra === undefined) continue;
          const { before, after } = this.weigh(a);
          const relief = before.breach - after.breach;
          if (relief <= 0 || !noWorse(before, after)) continue;
          const choice = { a, score: [-relief, after.soft - before.soft + extra] };
          if (better(choice, best)) best = choice;
        }
        if (!best) {
          if (stopWhenStuck) return;
          break;
        }
        this.seat(best.a);
      }
    }
  }

  /** What one more person in the session costs in cover; undefined where it may not be. */
  private seatCost(a: Assignment): number | undefined {
    const c = this.coverOf.get(sessionKey(a))!;
    if ((this.load.get(sessionKey(a)) ?? 0) < c.required) return -(c.underWeight ?? 0);
    return c.overWeight;
  }

  private weigh(a: Assignment): { before: Standing; after: Standing } {
    const before = this.standingOf(a.personId);
    const after = standing(this.views.get(a.personId)!, [...this.seated.get(a.personId)!, a]);
    return { before, after };
  }

  private seats(a: Assignment): number {
    return this.seated.get(a.personId)!.length;
  }

  private standingOf(id: string): Standing {
    let s = this.standings.get(id);
    if (!s) this.standings.set(id, (s = standing(this.views.get(id)!, this.seated.get(id)!)));
    return s;
  }

  private seat(a: Assignment): void {
    this.taken.add(seatKey(a));
    this.seated.get(a.personId)!.push(a);
    this.load.set(sessionKey(a), (this.load.get(sessionKey(a)) ?? 0) + 1);
    this.standings.delete(a.personId);
  }
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
