/**
 * Tables the counting pre-checks share: who can sit which session, how many sessions a person can
 * sit on a day, and the pins. Built once per diagnosis, computed lazily.
 */
import { ProblemIndex, type Session } from '../model/problem-index.js';
import type { Problem } from '../problem.js';
import { Words } from './words.js';

export interface PinnedSession {
  p: number;
  s: Session;
}

export class PrecheckContext {
  readonly idx: ProblemIndex;
  readonly words: Words;
  private canWorkCache?: boolean[][];
  private pinCache?: Map<string, PinnedSession>;

  constructor(readonly problem: Problem) {
    this.idx = new ProblemIndex(problem);
    this.words = new Words(problem);
  }

  /** canWork[person][session]: eligible and not unavailable. */
  get canWork(): boolean[][] {
    this.canWorkCache ??= this.idx.people.map((_, p) =>
      this.idx.sessions.map((s) => this.idx.canWork(p, s)),
    );
    return this.canWorkCache;
  }

  sessionsOfDay(d: number): Session[] {
    return this.idx.sessionAt[d].filter((s): s is Session => s !== undefined);
  }

  /** Sessions a person can sit on a day, capped by their sessions-per-day limit. */
  dayCapacity(p: number, d: number): number {
    const able = this.sessionsOfDay(d).filter((s) => this.canWork[p][s.index]).length;
    return Math.min(this.idx.maxPerDay(p), able);
  }

  /** Day indices whose date lies in from..to. */
  daysIn(from: string, to: string): number[] {
    return this.problem.days.flatMap((d, i) => (d.date >= from && d.date <= to ? [i] : []));
  }

  /** Pins that name an existing session, once each, by 'date|shift|personId'. */
  get pins(): Map<string, PinnedSession> {
    if (!this.pinCache) {
      this.pinCache = new Map();
      for (const pin of this.problem.pins ?? []) {
        const s =
          this.idx.sessionAt[this.idx.dayOf.get(pin.date)!][this.idx.shiftOf.get(pin.shift)!];
        if (s)
          this.pinCache.set(`${pin.date}|${pin.shift}|${pin.personId}`, {
            p: this.idx.personOf.get(pin.personId)!,
            s,
          });
      }
    }
    return this.pinCache;
  }
}
