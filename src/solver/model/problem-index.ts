import type { Cover, Person, Problem } from '../problem.js';

export interface Session {
  index: number;
  day: number;
  shift: number;
  date: string;
  shiftId: string;
  /**
   * The session's cover item; for a session that only holds fixed duties, a stand-in requiring
   * exactly those people (`fixedOnly`), so that every rule sees one shape of session.
   */
  cover: Cover;
  fixedOnly: boolean;
  tag?: string;
}

/** Lookup tables over a validated problem, shared by the model rules and the pre-checks. */
export class ProblemIndex {
  readonly dayOf = new Map<string, number>();
  readonly shiftOf = new Map<string, number>();
  readonly personOf = new Map<string, number>();
  readonly sessions: Session[] = [];
  /** sessionAt[day][shift] */
  readonly sessionAt: (Session | undefined)[][];
  readonly working: boolean[];
  /** Day indices of each weekend (runs of consecutive weekend days). */
  readonly weekends: number[][] = [];
  private readonly unavailableDay: Set<string>[];
  private readonly unavailableSlot: Set<string>[];
  private readonly poolSets: Set<string>[];
  /** 'personIndex|sessionIndex' of every fixed duty. */
  private readonly fixedKeys = new Set<string>();

  constructor(readonly problem: Problem) {
    problem.days.forEach((d, i) => this.dayOf.set(d.date, i));
    problem.shiftTypes.forEach((s, i) => this.shiftOf.set(s.id, i));
    problem.people.forEach((p, i) => this.personOf.set(p.id, i));
    this.working = problem.days.map((d) => d.working ?? !d.weekend);
    this.sessionAt = problem.days.map(() => problem.shiftTypes.map(() => undefined));
    // Sessions that hold only fixed duties get a stand-in cover item: exactly those people.
    const covered = new Set(problem.cover.map((c) => `${c.date}|${c.shift}`));
    const fixedOnly = new Map<string, Cover & { fixedTag?: string }>();
    for (const f of problem.fixed ?? []) {
      const key = `${f.date}|${f.shift}`;
      if (covered.has(key)) continue;
      const c = fixedOnly.get(key) ?? { date: f.date, shift: f.shift, required: 0, people: [] };
      c.required++;
      c.people!.push(f.personId);
      c.fixedTag ??= f.tag;
      fixedOnly.set(key, c);
    }
    const all = [...problem.cover, ...fixedOnly.values()];
    // Sessions ordered by day then shift so that per-day scans are contiguous.
    const sorted = all.sort(
      (a, b) =>
        this.dayOf.get(a.date)! - this.dayOf.get(b.date)! ||
        this.shiftOf.get(a.shift)! - this.shiftOf.get(b.shift)!,
    );
    for (const c of sorted) {
      const s: Session = {
        index: this.sessions.length,
        day: this.dayOf.get(c.date)!,
        shift: this.shiftOf.get(c.shift)!,
        date: c.date,
        shiftId: c.shift,
        cover: c,
        fixedOnly: fixedOnly.get(`${c.date}|${c.shift}`) === c,
        tag: c.tag ?? (c as { fixedTag?: string }).fixedTag,
      };
      this.sessions.push(s);
      this.sessionAt[s.day][s.shift] = s;
    }
    let run: number[] = [];
    problem.days.forEach((d, i) => {
      if (d.weekend) run.push(i);
      else if (run.length) {
        this.weekends.push(run);
        run = [];
      }
    });
    if (run.length) this.weekends.push(run);
    this.unavailableDay = problem.people.map(
      (p) => new Set((p.unavailable ?? []).filter((u) => u.shift === undefined).map((u) => u.date)),
    );
    this.unavailableSlot = problem.people.map(
      (p) =>
        new Set(
          (p.unavailable ?? [])
            .filter((u) => u.shift !== undefined)
            .map((u) => `${u.date}|${u.shift}`),
        ),
    );
    this.poolSets = problem.people.map((p) => new Set(p.pools ?? []));
    for (const f of problem.fixed ?? []) {
      const s = this.sessionAt[this.dayOf.get(f.date)!][this.shiftOf.get(f.shift)!]!;
      this.fixedKeys.add(`${this.personOf.get(f.personId)!}|${s.index}`);
    }
  }

  /** The person's duty in this session is a fixed fact. */
  isFixed(person: number, s: Session): boolean {
    return this.fixedKeys.has(`${person}|${s.index}`);
  }

  /** Whether a session counts for a rule with a `tags` filter (no filter: every session). */
  static matches(tags: readonly string[] | undefined, tag: string | undefined): boolean {
    return tags === undefined || (tag !== undefined && tags.includes(tag));
  }

  get people(): Person[] {
    return this.problem.people;
  }

  shiftName(shiftId: string): string {
    return this.problem.shiftTypes[this.shiftOf.get(shiftId) ?? -1]?.name ?? shiftId;
  }

  isEligible(person: number, s: Session): boolean {
    const c = s.cover;
    if (!c.pools && !c.people) return true;
    const p = this.problem.people[person];
    if (c.people?.includes(p.id)) return true;
    return c.pools?.some((pool) => this.poolSets[person].has(pool)) ?? false;
  }

  isUnavailable(person: number, s: Session): boolean {
    return (
      this.unavailableDay[person].has(s.date) ||
      this.unavailableSlot[person].has(`${s.date}|${s.shiftId}`)
    );
  }

  /** A fixed duty, or a session the person is eligible for and available at. */
  canWork(person: number, s: Session): boolean {
    if (this.isFixed(person, s)) return true;
    return !s.fixedOnly && this.isEligible(person, s) && !this.isUnavailable(person, s);
  }

  maxPerDay(person: number): number {
    return this.problem.people[person].maxPerDay ?? 1;
  }
}
