/**
 * A roster read back for checking: who sits which session, counted per person, day and session,
 * from the assignments and the problem's fixed duties alone (no model code). Rules' `check` functions read it and report through
 * `breach` (hard) and `penalise` (soft); the verifier sums the penalties into the objective.
 */
import type { Assignment, Cover, Person, Problem, ShiftType, Violation } from '../problem.js';

/** A soft rule a roster breaks, where it breaks it, and what it costs. */
export interface SoftViolation extends Violation {
  penalty: number;
}

export interface Sitting {
  personId: string;
  date: string;
  /** Index of the date in problem.days. */
  day: number;
  shift: string;
  /** A fixed duty of the problem (a fact), not a decision of this roster. */
  fixed: boolean;
  /** The session's tag (its cover item's, or the fixed duty's). */
  tag?: string;
}

type Where = Omit<Violation, 'rule' | 'message'> & { message?: string };

/** A problem's days, shifts, sessions and people by key (they depend on the problem alone). */
export interface ProblemLookups {
  dayIndex: ReadonlyMap<string, number>;
  working: readonly boolean[];
  shiftById: ReadonlyMap<string, ShiftType>;
  coverByKey: ReadonlyMap<string, Cover>;
  personById: ReadonlyMap<string, Person>;
}

export function lookupsOf(problem: Problem): ProblemLookups {
  return {
    dayIndex: new Map(problem.days.map((d, i) => [d.date, i])),
    working: problem.days.map((d) => d.working ?? !d.weekend),
    shiftById: new Map(problem.shiftTypes.map((s) => [s.id, s])),
    coverByKey: new Map(problem.cover.map((c) => [`${c.date}|${c.shift}`, c])),
    personById: new Map(problem.people.map((p) => [p.id, p])),
  };
}

export class RosterFacts {
  readonly hardViolations: Violation[] = [];
  readonly softViolations: SoftViolation[] = [];
  readonly penaltyByRule: Record<string, number> = {};
  readonly penaltyByPerson: Record<string, number> = {};

  readonly dayIndex: ReadonlyMap<string, number>;
  /** Working day of the official calendar, per day index. */
  readonly working: readonly boolean[];
  readonly shiftById: ReadonlyMap<string, ShiftType>;
  readonly coverByKey: ReadonlyMap<string, Cover>;
  readonly personById: ReadonlyMap<string, Person>;

  /** Fixed duties, then valid assignments, each once, in input order. */
  readonly sittings: Sitting[] = [];
  /** Assignments listed more than once (the repeats). */
  readonly duplicates: Assignment[] = [];
  /** Assignments naming no person, date, shift or session of the problem. */
  readonly unknown: Assignment[] = [];
  /** 'date|shift|personId' of every valid assignment (fixed duties excluded). */
  readonly keys = new Set<string>();
  private readonly fixedKeys = new Set<string>();

  private readonly byPerson = new Map<string, Sitting[]>();
  private readonly perSession = new Map<string, number>();
  private readonly perDayCache = new Map<string, number[]>();

  constructor(
    readonly problem: Problem,
    assignments: readonly Assignment[],
    /** The problem's lookups, when the caller checks many rosters of one problem. */
    lookups: ProblemLookups = lookupsOf(problem),
  ) {
    ({
      dayIndex: this.dayIndex,
      working: this.working,
      shiftById: this.shiftById,
      coverByKey: this.coverByKey,
      personById: this.personById,
    } = lookups);
    const add = (a: Assignment, fixed: boolean, tag: string | undefined) => {
      const session = `${a.date}|${a.shift}`;
      const s: Sitting = {
        personId: a.personId,
        date: a.date,
        day: this.dayIndex.get(a.date)!,
        shift: a.shift,
        fixed,
        ...((this.coverByKey.get(session)?.tag ?? tag) !== undefined && {
          tag: this.coverByKey.get(session)?.tag ?? tag,
        }),
      };
      this.sittings.push(s);
      this.perSession.set(session, (this.perSession.get(session) ?? 0) + 1);
      const mine = this.byPerson.get(a.personId) ?? [];
      mine.push(s);
      this.byPerson.set(a.personId, mine);
    };
    // Fixed duties were validated with the problem; they need no cover item.
    for (const f of problem.fixed ?? []) {
      this.fixedKeys.add(`${f.date}|${f.shift}|${f.personId}`);
      add(f, true, f.tag);
    }
    for (const a of assignments) {
      const key = `${a.date}|${a.shift}|${a.personId}`;
      if (this.keys.has(key) || this.fixedKeys.has(key)) {
        this.duplicates.push(a);
        continue;
      }
      const known =
        this.personById.has(a.personId) &&
        this.dayIndex.has(a.date) &&
        this.coverByKey.has(`${a.date}|${a.shift}`);
      if (!known) {
        this.unknown.push(a);
        continue;
      }
      this.keys.add(key);
      add(a, false, undefined);
    }
    const order = new Map(problem.shiftTypes.map((s, i) => [s.id, i]));
    for (const list of this.byPerson.values())
      list.sort((a, b) => a.day - b.day || order.get(a.shift)! - order.get(b.shift)!);
  }

  /** A person's sittings in day then shift order. */
  sittingsOf(personId: string): readonly Sitting[] {
    return this.byPerson.get(personId) ?? [];
  }

  /** Sessions a person sits on each day of the horizon. */
  perDay(personId: string): number[] {
    let counts = this.perDayCache.get(personId);
    if (!counts) {
      counts = new Array<number>(this.problem.days.length).fill(0);
      for (const s of this.sittingsOf(personId)) counts[s.day]++;
      this.perDayCache.set(personId, counts);
    }
    return counts;
  }

  /** The assignments this roster decides (fixed duties excluded). */
  get decided(): Sitting[] {
    return this.sittings.filter((s) => !s.fixed);
  }

  /** People sitting a session. */
  coverCount(date: string, shift: string): number {
    return this.perSession.get(`${date}|${shift}`) ?? 0;
  }

  /** A hard rule broken. */
  breach(rule: string, where: Where): void {
    this.hardViolations.push({ rule, message: where.message ?? rule, ...where });
  }

  /** A soft rule broken at a price; a zero or negative amount is no breach. */
  penalise(rule: string, amount: number, where: Where = {}): void {
    if (amount <= 0) return;
    this.softViolations.push({ rule, message: where.message ?? rule, ...where, penalty: amount });
    this.penaltyByRule[rule] = (this.penaltyByRule[rule] ?? 0) + amount;
    if (where.personId !== undefined)
      this.penaltyByPerson[where.personId] = (this.penaltyByPerson[where.personId] ?? 0) + amount;
  }

  /** Hard when the weight is absent, else priced at weight per unit. */
  bound(rule: string, weight: number | undefined, excess: number, where: Where): void {
    if (excess <= 0) return;
    if (weight === undefined) this.breach(rule, where);
    else this.penalise(rule, weight * excess, where);
  }
}
