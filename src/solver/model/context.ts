import type { Problem } from '../problem.js';
import type { RuleTag, Side } from '../rules/rule.js';
import { ModelBuilder, type Terms } from './builder.js';
import { ProblemIndex, type Session } from './problem-index.js';

const INF = Infinity;

/** A slack column of the elastic re-solve: the hard rule bound it relaxes. */
export interface ElasticSlack {
  col: number;
  tag: RuleTag & { side: Side };
}

/** Default elastic price of relaxing one unit of a hard rule (rules may set their own). */
export const DEFAULT_ELASTIC_COST = 2;

export interface SoftSide {
  /** Penalty per unit beyond the bound; undefined = hard. */
  weight?: number;
  tag: RuleTag;
}

export interface ModelOptions {
  /** Relax hard rules at a price and drop soft penalties (diagnosis of infeasible problems). */
  elastic?: boolean;
  /**
   * Price of relaxing one unit of a rule in the elastic re-solve. Soft penalties are dropped
   * there, so the elastic optimum is the cheapest set of relaxations; rules grade their price so
   * that the diagnosis blames cover and quotas before someone's unavailability or a staff pin.
   */
  elasticCost?: (rule: string) => number;
}

/** Shared state handed to each rule family while the model is built. */
export class ModelContext {
  readonly b = new ModelBuilder();
  readonly idx: ProblemIndex;
  readonly elastic: boolean;
  /** x[person][session] = column, or -1 when the person cannot sit the session. */
  readonly x: Int32Array[];
  readonly elasticCols: ElasticSlack[] = [];
  /** Columns of fixed duties (held at 1; not part of the result). */
  readonly fixedCols = new Set<number>();
  readonly elasticCost: (rule: string) => number;
  private readonly workCache = new Map<number, Terms>();

  constructor(
    readonly problem: Problem,
    options: ModelOptions = {},
  ) {
    this.idx = new ProblemIndex(problem);
    this.elastic = options.elastic ?? false;
    this.elasticCost = options.elasticCost ?? (() => DEFAULT_ELASTIC_COST);
    this.x = problem.people.map(() => new Int32Array(this.idx.sessions.length).fill(-1));
  }

  /** Soft weight as used in this model: dropped in elastic mode. */
  softWeight(w: number): number {
    return this.elastic ? 0 : w;
  }

  /** Sessions of a person on a day that have a variable. */
  dayCols(person: number, day: number): number[] {
    const cols: number[] = [];
    for (const s of this.idx.sessionAt[day]) {
      if (s && this.x[person][s.index] >= 0) cols.push(this.x[person][s.index]);
    }
    return cols;
  }

  personCols(person: number, filter?: (s: Session) => boolean): number[] {
    const cols: number[] = [];
    for (const s of this.idx.sessions) {
      const c = this.x[person][s.index];
      if (c >= 0 && (!filter || filter(s))) cols.push(c);
    }
    return cols;
  }

  /**
   * Linear expression equal to 1 when the person works on the day, else 0. With at most one
   * session a day this is the plain sum; otherwise a binary indicator is linked to the sessions.
   */
  work(person: number, day: number): Terms {
    const key = person * 100_000 + day;
    const cached = this.workCache.get(key);
    if (cached) return cached;
    const cols = this.dayCols(person, day);
    let terms: Terms;
    if (cols.length <= 1 || this.idx.maxPerDay(person) <= 1) {
      terms = new Map(cols.map((c) => [c, 1]));
    } else {
      const y = this.b.addCol(0, 0, 1, true);
      for (const c of cols)
        this.b.addRow(
          [
            [c, 1],
            [y, -1],
          ],
          -INF,
          0,
        );
      this.b.addRow([...cols.map((c): [number, number] => [c, 1]), [y, -1]], 0, INF);
      terms = new Map([[y, 1]]);
    }
    this.workCache.set(key, terms);
    return terms;
  }

  /**
   * lo <= terms + constant <= hi, each side hard (absent weight), soft (weight) or, in elastic
   * mode, hard sides relaxed at the rule's elastic cost and recorded for the diagnosis.
   */
  constrain(
    terms: Terms | [number, number][],
    lo: number,
    hi: number,
    under?: SoftSide,
    over?: SoftSide,
  ): void {
    const base: [number, number][] = terms instanceof Map ? [...terms] : [...terms];
    const slackFor = (side: Side, s: SoftSide | undefined): number | undefined => {
      let cost: number | undefined;
      if (s?.weight !== undefined) cost = this.softWeight(s.weight);
      else if (this.elastic && s) cost = this.elasticCost(s.tag.rule);
      if (cost === undefined) return undefined;
      const col = this.b.addCol(cost, 0, INF, false);
      if (s?.weight === undefined && s) this.elasticCols.push({ col, tag: { ...s.tag, side } });
      return col;
    };
    // A soft side with weight 0 is no rule at all.
    if (under?.weight !== undefined && this.softWeight(under.weight) === 0) lo = -INF;
    if (over?.weight !== undefined && this.softWeight(over.weight) === 0) hi = INF;
    const row = (t: [number, number][], l: number, h: number) => {
      if (t.length === 0) {
        if (l > 0 || h < 0) this.b.triviallyInfeasible = true;
        return;
      }
      this.b.addRow(t, l, h);
    };
    const sU = Number.isFinite(lo) ? slackFor('under', under) : undefined;
    const sO = Number.isFinite(hi) ? slackFor('over', over) : undefined;
    if (lo === hi) {
      const t = [...base];
      if (sU !== undefined) t.push([sU, 1]);
      if (sO !== undefined) t.push([sO, -1]);
      row(t, lo, hi);
      return;
    }
    // Separate rows per side, so that soft bounds with lo > hi stay satisfiable at a price.
    if (Number.isFinite(lo)) row(sU === undefined ? base : [...base, [sU, 1]], lo, INF);
    if (Number.isFinite(hi)) row(sO === undefined ? base : [...base, [sO, -1]], -INF, hi);
  }
}

export const terms = (cols: number[], coef = 1): Terms => new Map(cols.map((c) => [c, coef]));
