/**
 * Large-neighbourhood search over one built model: an incumbent, and sub-solves that hold every
 * assignment column outside a neighbourhood at the incumbent's value. The kinds of
 * neighbourhood take turns; when none has improved the roster for a while, a wide window of days
 * leaves their local optimum.
 */
import type { LinearModel } from './model/builder.js';
import type { BuiltModel } from './model/build.js';
import { run, type HighsModel, type HighsRuntime, type Outcome } from './highs-run.js';
import {
  KINDS,
  neighbourhoodsOf,
  pick,
  pickAround,
  type Kind,
  type Neighbourhoods,
  type Spot,
} from './neighbourhoods.js';

/** Seconds a neighbourhood may take; most take a tenth of it. */
const SUB_LIMIT = 1;
/**
 * The deterministic mode's budget for a neighbourhood in branch-and-bound nodes instead of
 * seconds, so the same seed gives the same roster however loaded the machine.
 */
const SUB_NODES = 200;
/** Sub-problems in a row without a better roster before a wide window. */
const IDLE_ROUND = 12;
/** A wide window's first width, as a share of the horizon's days. */
const WIDE_START = 0.6;

/** What a neighbourhood's size counts for: a kind, or a window for everyone around a spot. */
type Sized = Kind | 'around';

export class NeighbourhoodSearch {
  readonly hood: Neighbourhoods;
  best: { col: Float64Array; obj: number } | undefined;
  private readonly selection;
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private readonly size: Record<Sized, number>;
  private readonly max: Record<Sized, number>;
  /** Sub-problems in a row that found nothing better. */
  private idle = 0;
  /** How many neighbourhoods were taken: the next kind's turn. */
  private turn = 0;
  /** Width in days of the next wide window (see WIDE_START). */
  private wideDays: number;
  /** Seconds a wide window may take (searchRoster sets it from the time limit). */
  wideSeconds = SUB_LIMIT;

  constructor(
    private readonly highs: HighsRuntime,
    readonly model: HighsModel,
    lm: LinearModel,
    built: BuiltModel,
    private readonly random: () => number,
    /** Limits sub-problems by nodes rather than seconds (see SUB_NODES). */
    private readonly deterministic: boolean,
    private readonly onImproved: (col: Float64Array, obj: number) => void = () => undefined,
    /** Where the incumbent pays; 'hot' neighbourhoods are built around one of them. */
    private readonly spots: (col: Float64Array, hood: Neighbourhoods) => Spot[] = () => [],
  ) {
    this.hood = neighbourhoodsOf(built);
    this.selection = { kind: 'set', indices: this.hood.cols } as const;
    this.lower = Float64Array.from(this.hood.cols, (c) => lm.colLower[c]);
    this.upper = Float64Array.from(this.hood.cols, (c) => lm.colUpper[c]);
    const { days, people } = this.hood;
    // Every kind counted in days starts at about a week.
    const week = Math.max(2, Math.round(days / 7));
    this.size = {
      days: week,
      pair: week,
      people: Math.max(2, Math.round(people / 5)),
      block: Math.max(2, Math.round(people / 3)),
      hot: Math.max(2, Math.round(people / 3)),
      around: week,
    };
    this.max = { days, pair: days, people, block: people, hot: people, around: days };
    this.wideDays = Math.ceil(days * WIDE_START);
  }

  /** Strictly better replaces the incumbent and is reported; `sideways` also takes an equal one. */
  offer(col: Float64Array, obj: number, sideways = false): void {
    const best = this.best;
    if (best && sideways && Math.abs(obj - best.obj) < 0.5) {
      // A different roster of the same objective: the search drifts across plateaus.
      this.best = { col: Float64Array.from(col), obj: best.obj };
      return;
    }
    if (best && obj >= best.obj - 0.5) return;
    this.best = { col: Float64Array.from(col), obj };
    this.onImproved(this.best.col, obj);
  }

  /** Solve with the assignment columns outside `free` held at `values` (one per hood column). */
  solveHolding(values: ArrayLike<number>, free: Uint8Array | null, seconds: number): Outcome {
    const lo = Float64Array.from(this.lower);
    const hi = Float64Array.from(this.upper);
    for (let i = 0; i < this.hood.cols.length; i++) {
      if (free?.[i]) continue;
      lo[i] = hi[i] = Math.round(values[i]);
    }
    this.model.changeColsBounds(this.selection, lo, hi);
    if (this.best) this.model.setSolution({ colValue: this.best.col });
    const out = run(this.highs, this.model, {
      seconds,
      nodes: this.deterministic ? SUB_NODES : undefined,
      // Feasibility jump hunts for a first roster; with the incumbent as the start it only costs
      // time (11-day windows on Curtois 6: 0.071 s against 0.089 s, the same rosters).
      options: { mip_heuristic_run_feasibility_jump: !this.best },
    });
    this.model.changeColsBounds(this.selection, this.lower, this.upper);
    if (out.colValue && out.objective !== undefined) this.offer(out.colValue, out.objective, true);
    return out;
  }

  /** A sub-solve that took little: under `seconds`, or in the deterministic mode few nodes. */
  private quick(out: Outcome, took: number, seconds: number): boolean {
    return this.deterministic ? out.nodes < SUB_NODES / 4 : took < seconds;
  }

  /** A sub-problem's seconds: SUB_LIMIT, or in the deterministic mode all that is left. */
  subSeconds(left: number): number {
    return this.deterministic ? left : Math.min(left, SUB_LIMIT);
  }

  /** Neighbourhoods until `stopAt` seconds on `clock`, `maxIterations`, or `done` holds. */
  loop(
    clock: () => number,
    stopAt: number,
    maxIterations = Infinity,
    done: (best: Float64Array) => boolean = () => false,
  ): void {
    for (let n = 0; n < maxIterations && clock() < stopAt && this.best; n++) {
      if (done(this.best.col)) return;
      const before = this.best.obj;
      const current = Array.from(this.hood.cols, (c) => this.best!.col[c]);
      if (this.idle >= IDLE_ROUND) {
        this.wide(current, clock, stopAt);
        continue;
      }
      let kind: Kind = KINDS[this.turn++ % KINDS.length];
      let free: Uint8Array;
      // The size the neighbourhood took: the one that adapts to how it went.
      let sized: Sized = kind;
      const spots = kind === 'hot' ? this.spots(this.best.col, this.hood) : [];
      if (spots.length > 0) {
        const around = pickAround(this.hood, spots, this.size.hot, this.size.around, this.random);
        free = around.free;
        // Around a session short of cover the window is for everyone, a window of days with a
        // width of its own: such windows are harder than windows anywhere (Curtois 6, 8), so
        // with one width between them those at random grew it and these ran out of time.
        sized = around.sized === 'days' ? 'around' : 'hot';
      } else {
        if (kind === 'hot') kind = sized = 'block';
        free = pick(this.hood, kind, this.size[kind], this.random);
      }
      const t = clock();
      const out = this.solveHolding(current, free, this.subSeconds(stopAt - t));
      const improved = this.best.obj < before - 0.5;
      this.idle = improved ? 0 : this.idle + 1;
      // Aim at sub-problems HiGHS proves in a fraction of its budget: grow the easy, shrink the hard.
      if (out.proven && this.quick(out, clock() - t, SUB_LIMIT / 4) && !improved)
        this.size[sized] = Math.min(this.max[sized], Math.ceil(this.size[sized] * 1.2));
      else if (!out.proven) this.size[sized] = Math.max(2, Math.floor(this.size[sized] * 0.8));
    }
  }

  /**
   * The small neighbourhoods have found nothing for a while: the incumbent is a local optimum
   * of theirs. A window of most of the horizon for everyone, with more time, leaves it (Curtois
   * 6-8: 18-22 of 28 days in 3-8 s, where groups of people over the whole horizon found
   * nothing). Its width adapts as the small ones' sizes do: wider after a proof that found
   * nothing (at once, when the proof was quick), narrower after a window HiGHS could not finish.
   */
  private wide(current: number[], clock: () => number, stopAt: number): void {
    const before = this.best!.obj;
    const free = pick(this.hood, 'days', this.wideDays, this.random);
    const t = clock();
    const seconds = this.deterministic ? stopAt - t : Math.min(stopAt - t, this.wideSeconds);
    const out = this.solveHolding(current, free, seconds);
    this.idle = 0;
    if (this.best!.obj < before - 0.5) return;
    const { days } = this.hood;
    const step = Math.ceil(days / 8);
    const wider = Math.min(days, this.wideDays + step);
    // A window proven fruitless at once cost little and says little: a wider one follows
    // straight away (Curtois 7 at 60 s, seed 4: 1063 where twelve small ones between gave 1158).
    if (out.proven && this.quick(out, clock() - t, SUB_LIMIT) && wider > this.wideDays)
      this.idle = IDLE_ROUND;
    this.wideDays = out.proven
      ? wider
      : Math.min(days, Math.max(this.size.days + 1, this.wideDays - step));
  }
}
