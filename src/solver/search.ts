/**
 * The HiGHS search: first a roster without the full model (a greedy fill, else one person at a
 * time; src/solver/first-roster.ts), completed and priced by HiGHS with every assignment held;
 * then a probe of the full model from it (realistic months end here, proven optimal); when there
 * is still no roster, a construction on the elastic model (hard rules priced, solved whole until
 * it settles, then each person with relaxations alone, then neighbourhoods around what is still
 * relaxed, until nothing is); then a large-neighbourhood search (neighbourhood-search.ts: hold
 * every assignment outside a neighbourhood at the incumbent, re-optimise with HiGHS from the
 * incumbent, keep improvements and sideways moves); and at the end the full model again from the
 * best roster, which may still prove it. Only the full model's dual bound is reported (or its LP
 * relaxation's, lp-bound.ts, when that is higher), so status, objective and gap stay honest.
 */
import { createHighsModel, getHighs, highsBackend } from './backends/highs.js';
import { mulberry32 } from './generator.js';
import type { BackendOptions, BackendResult } from './backends/types.js';
import { buildModel, decodeAssignments, type BuiltModel } from './model/build.js';
import { firstRoster } from './first-roster.js';
import type { Assignment, Problem } from './problem.js';
import { spotOf, type Neighbourhoods, type Spot } from './neighbourhoods.js';
import { NeighbourhoodSearch } from './neighbourhood-search.js';
import { verify } from './verifier.js';
import { IMPROVE, run } from './highs-run.js';
import { lpBound } from './lp-bound.js';
import { meetsBound } from './integral.js';

export interface SearchOptions extends BackendOptions {
  /** Neighbourhood choice; the same seed and iteration budget give the same roster. */
  seed?: number;
  /** Stop the neighbourhood search after this many sub-problems (tests, determinism). */
  maxIterations?: number;
  /** false: start from the construction, not the full model (tests of the heuristic). */
  probe?: boolean;
  /** false: no greedy or person-by-person roster first (tests of the elastic construction). */
  quickStart?: boolean;
}

/**
 * Shares of the time limit: the first full-model solve runs until it has a roster and this
 * share has passed with no better roster for as long (at most PROBE_MAX_SHARE; it may prove,
 * as realistic months do at once); without any roster it gives way to the construction after
 * GIVE_UP_SHARE of the limit, at most GIVE_UP_SECONDS; the full model runs again in the last
 * FINAL_SHARE (EARLY_FINAL_SHARE, see finalShare), once the neighbourhoods have stalled.
 */
const PROBE_SHARE = 0.1;
const PROBE_MAX_SHARE = 0.5;
/**
 * The first solve stops outright after PROBE_SHARE of the limit or this many seconds, whichever
 * is longer: presolve and the root LP answer to no callback, so the settling rule cannot end
 * them, and on large models they end with nothing better (Curtois 10 and 11: 12-13 s of a 60 s
 * limit for a roster 0.5 % better, the neighbourhoods' first second does more). A special month
 * of 200 leaders is proven in 4 s, 6 s on a busy machine; cut at 5 s, it took the whole limit.
 */
const PROBE_SECONDS = 10;
const GIVE_UP_SHARE = 0.1;
const GIVE_UP_SECONDS = 3;
const FINAL_SHARE = 0.2;
const EARLY_FINAL_SHARE = 0.4;
/** The LP relaxation's seconds, as a share of the limit, under which the final solve starts early. */
const CHEAP_LP_SHARE = 0.01;

/**
 * The final solve's share of a limit of `limit` seconds, when the full model's LP relaxation
 * (interior point) took `lpSeconds` (undefined: not solved in time). Where that is cheap, the
 * full model's root is soon done, and its branch-and-bound from the search's roster finds what no
 * neighbourhood can: at 60 s, seeds 1-16, Curtois 5 (LP 0.2 s) ends within 1 % of its optimum
 * for 15 seeds against 8, Curtois 6 (0.35 s) for 7 against 4; Curtois 7 (0.45 s) is unchanged.
 * Where it is dear, the root alone takes the share while the neighbourhoods still gain: Curtois 8
 * (LP 0.9 s, root 35 s) ends at +17 % with two fifths against +10 % with one.
 */
export const finalShare = (lpSeconds: number | undefined, limit: number) =>
  lpSeconds !== undefined && lpSeconds < limit * CHEAP_LP_SHARE ? EARLY_FINAL_SHARE : FINAL_SHARE;

/** The neighbourhoods give way to the final solve only after this share with no improvement. */
const STALL_SHARE = 0.05;
/**
 * Below this many seconds the first solve's share shrinks in proportion (a twentieth at 1 s): a
 * short limit asks for a roster first, and HiGHS's presolve and root LP of a large model cannot
 * be interrupted before they end (a special month of 30 leaders: 1.1 s).
 */
const SHORT_LIMIT = 10;

/**
 * The first solve's limit when the first roster had to be made one person at a time: the greedy
 * fill could not keep some person's own rules, so they bind tightly (Curtois), and there the
 * neighbourhoods do more with the time than the full model's branch-and-bound. Curtois 5-8 and
 * 11 at 60 s, seeds 1-6, 2 s and the clique rows of forbidden-succession.ts against 10 s and
 * pairwise rows: medians Instance7 1068.5 against 1156.5, Instance8 1601 against 1814.5,
 * Instance11 3823 against 3917, Instance5 and 6 within their spread; at 10 s Instance8
 * 3137-4471 against 5214-5619 (Instance6 2448-2656 against 2241).
 */
const TIGHT_PROBE_SECONDS = 2;

/**
 * The first full-model solve's hard limit in seconds, for a time limit of `limit` seconds;
 * `tight`: the first roster was made one person at a time (see TIGHT_PROBE_SECONDS).
 */
export const probeSeconds = (limit: number, tight = false) =>
  Math.min(
    limit * PROBE_MAX_SHARE * Math.min(1, limit / SHORT_LIMIT),
    tight ? TIGHT_PROBE_SECONDS : Math.max(limit * PROBE_SHARE, PROBE_SECONDS),
  );

/** Share of the time limit the roster without the full model may take. */
const FIRST_ROSTER_SHARE = 0.5;

/**
 * The deterministic mode's budget for the elastic model's first solve in the construction, in
 * branch-and-bound nodes instead of seconds (see SUB_NODES in neighbourhood-search.ts).
 */
const FIRST_NODES = 2000;
/** A wide window's seconds, as a share of the limit. */
const WIDE_SHARE = 0.1;
/** Seconds the construction's first, unheld solve of the elastic model may take. */
const FIRST_SECONDS = 1;

/** A seconds clock from a start. */
const since = (started: number) => () => (performance.now() - started) / 1000;

/**
 * A feasible assignment, as values of the real model's assignment columns (hood order), from the
 * elastic model (hard rules priced, soft ones dropped, so a roster with nothing relaxed costs 0):
 * HiGHS's own heuristics on it often reach 0 at once (a special month in a third of a second);
 * otherwise each person with relaxations is re-solved alone, then the same neighbourhood search
 * drives what is still relaxed to zero.
 */
async function construct(
  problem: Problem,
  built: BuiltModel,
  /** The real model's neighbourhoods: the columns the result is given for. */
  hood: Neighbourhoods,
  clock: () => number,
  stopAt: number,
  random: () => number,
  deterministic: boolean,
  maxIterations?: number,
): Promise<number[] | undefined> {
  const highs = await getHighs();
  const elastic = buildModel(problem, { elastic: true });
  const model = createHighsModel(highs, elastic.model);
  try {
    const spots = (col: Float64Array, hood: Neighbourhoods): Spot[] =>
      elastic.elasticCols.filter((e) => col[e.col] > 1e-6).map((e) => spotOf(hood, e.tag));
    const search = new NeighbourhoodSearch(
      highs,
      model,
      elastic.model,
      elastic,
      random,
      deterministic,
      undefined,
      spots,
    );
    const columns = search.hood.cols.length;
    const relaxed = (col: Float64Array) => elastic.elasticCols.some((e) => col[e.col] > 1e-6);
    // Nothing held, briefly: HiGHS's own heuristics often reach 0 (a roster with nothing relaxed)
    // at once, and stop there (0 is also the bound). Anything short of 0 is dropped: on large
    // problems the LP-priced start below leads to better rosters (Curtois 5-7 at 60 s).
    const first = run(
      highs,
      model,
      deterministic
        ? { seconds: stopAt - clock(), nodes: FIRST_NODES }
        : { seconds: Math.min(FIRST_SECONDS, (stopAt - clock()) / 2) },
    );
    if (first.colValue && !relaxed(first.colValue)) search.offer(first.colValue, first.objective!);
    // Otherwise nobody sits: every hard rule that needs someone is relaxed, and the LP prices it.
    if (!search.best)
      search.solveHolding(new Float64Array(columns), null, Math.max(0.1, stopAt - clock()));
    if (!search.best) return undefined;
    // One person at a time over the whole horizon: a person's own hard rules (totals,
    // sequences, successions) settle in small sub-problems before the neighbourhoods start.
    const people = [...new Set(spots(search.best.col, search.hood).map((s) => s.person))];
    for (const person of people) {
      if (person === undefined || clock() >= stopAt || !relaxed(search.best!.col)) break;
      const free = Uint8Array.from(search.hood.person, (p) => +(p === person));
      const current = Array.from(search.hood.cols, (c) => search.best!.col[c]);
      search.solveHolding(current, free, search.subSeconds(stopAt - clock()));
    }
    search.loop(clock, stopAt, maxIterations, (col) => !relaxed(col));
    const best = search.best;
    if (!best || relaxed(best.col)) return undefined;
    return heldValues(built, hood, decodeAssignments(elastic, best.col));
  } finally {
    model.dispose();
  }
}

/** A roster as values of the model's assignment columns, in hood order (for solveHolding). */
function heldValues(
  built: BuiltModel,
  hood: Neighbourhoods,
  roster: readonly Assignment[],
): number[] {
  const key = (a: Assignment) => `${a.personId}|${a.date}|${a.shift}`;
  const chosen = new Set(roster.map(key));
  const byCol = new Map(built.assignmentCols.map((a) => [a.col, chosen.has(key(a)) ? 1 : 0]));
  return Array.from(hood.cols, (c) => byCol.get(c) ?? 0);
}

export async function searchRoster(
  problem: Problem,
  built: BuiltModel,
  options: SearchOptions,
): Promise<BackendResult> {
  // Nothing to decide (no sessions) or nothing to search over: HiGHS alone.
  if (built.model.numCols === 0 || built.assignmentCols.length === 0)
    return highsBackend.solve(built.model, options);
  const highs = await getHighs();
  const clock = since(performance.now());
  const limit = options.timeLimitSeconds;
  const left = () => limit - clock();
  const deterministic = options.maxIterations !== undefined;
  const random = mulberry32(options.seed ?? 1);
  const model = createHighsModel(highs, built.model);
  let bound: number | undefined;
  const raiseBound = (b: number | undefined) => {
    if (b !== undefined && Number.isFinite(b)) bound = bound === undefined ? b : Math.max(bound, b);
  };
  let improvedAt = 0;
  const search = new NeighbourhoodSearch(
    highs,
    model,
    built.model,
    built,
    random,
    deterministic,
    (col, obj) => {
      improvedAt = clock();
      options.onIncumbent?.(col, obj);
      options.onProgress?.({ seconds: clock(), objective: obj, bound: bound ?? null });
    },
    // The verifier places every soft penalty of the incumbent.
    (col, hood) =>
      verify(problem, decodeAssignments(built, col)).softViolations.map((v) => ({
        ...spotOf(hood, v),
        weight: v.penalty,
      })),
  );
  search.wideSeconds = Math.max(search.wideSeconds, limit * WIDE_SHARE);
  // Only a solve of the full model (no column held) may raise the bound.
  const full = (col: Float64Array, obj: number, b: number | undefined) => {
    raiseBound(b);
    search.offer(col, obj);
  };
  const done = (status: 'optimal' | 'feasible'): BackendResult => {
    const best = search.best!;
    return {
      status,
      colValue: best.col,
      objective: best.obj,
      bound: status === 'optimal' ? best.obj : bound,
    };
  };
  try {
    // 0. A roster without the full model (greedy, or one person at a time), completed by HiGHS
    // with every assignment held, which prices it; the full model starts from it. On a large
    // model HiGHS's presolve and root LP alone take seconds (Curtois 8: 5 s) before any roster.
    const first =
      options.quickStart === false
        ? undefined
        : await firstRoster(problem, built, clock, limit * FIRST_ROSTER_SHARE);
    if (first) search.solveHolding(heldValues(built, search.hood, first.assignments), null, left());
    if (search.best) model.setSolution({ colValue: search.best.col });

    // 1. The full model; it gives up early when it has found no roster at all. In the
    // deterministic mode it stops at its first roster instead of at a clock.
    const giveUp = Math.min(GIVE_UP_SECONDS, Math.max(0.1, limit * GIVE_UP_SHARE));
    const probe =
      options.probe === false
        ? { proven: false, infeasible: false, nodes: 0 }
        : run(
            highs,
            model,
            deterministic
              ? { seconds: limit, solutions: 1 }
              : {
                  // Presolve and the root LP answer to no callback, only to this limit.
                  seconds: probeSeconds(limit, first?.by === 'personByPerson'),
                  giveUpAfter: giveUp,
                  settleAfter: limit * PROBE_SHARE,
                },
            full,
          );
    raiseBound(probe.bound);
    if (probe.colValue && probe.objective !== undefined)
      search.offer(probe.colValue, probe.objective);
    if (probe.infeasible) return { status: 'infeasible' };
    if (probe.proven && search.best) return done('optimal');

    // 2. No roster yet: the elastic construction (it stops at its first roster; the rest is kept
    // back).
    if (!search.best && left() > 0) {
      const start = await construct(
        problem,
        built,
        search.hood,
        clock,
        // Without a roster nothing else counts; a little is kept to start the search.
        deterministic ? limit : clock() + left() * 0.9,
        random,
        deterministic,
        options.maxIterations,
      );
      if (start) search.solveHolding(start, null, left());
    }
    // Still none (relaxations left: perhaps infeasible): the full model for the rest, which may
    // prove infeasibility as HiGHS alone would have.
    if (!search.best && left() > 0.05 && !deterministic) {
      const rest = run(highs, model, { seconds: left() }, full);
      raiseBound(rest.bound);
      if (rest.infeasible) return { status: 'infeasible' };
      if (rest.colValue && rest.objective !== undefined)
        search.offer(rest.colValue, rest.objective);
      if (rest.proven && search.best) return done('optimal');
    }
    if (!search.best) return { status: 'timeout', bound };

    // The first solve proved nothing, and its bound may be only presolve's: on large models it
    // is cut inside its root LP, or stops by its own rules just as that ends (Curtois 11: a bound
    // of 0). The LP relaxation by the interior-point method gives one in seconds.
    let share = FINAL_SHARE;
    if (options.probe !== false && !deterministic) {
      const lpStarted = clock();
      const lp = lpBound(highs, built.model, Math.min(left() / 4, limit * PROBE_SHARE));
      raiseBound(lp);
      share = finalShare(lp === undefined ? undefined : clock() - lpStarted, limit);
    }

    // 3. Neighbourhoods, until a share of the time is left for the final full solve (see
    // finalShare), or for as long as they keep improving. Measured on Curtois 4-8 at 60 s: a
    // final share of 0.55 or 0.7 for all lets HiGHS prove 4 or 5 but costs Instance8 far more
    // (1983, 2610 against 1772 with 0.2); Instance8 still improves by a hundred every few seconds
    // at 48 s.
    // The deterministic mode has no final solve, and only the limit as a safety net.
    const stalled = () =>
      clock() >= limit * (1 - share) && clock() - improvedAt >= limit * STALL_SHARE;
    // A roster that meets the full model's bound is proven: nothing is left to search for
    // (Curtois 3: the LP bound is its optimum, 1001, found long before the final solve).
    const atBound = () => bound !== undefined && meetsBound(search.best!.obj, bound);
    search.loop(
      clock,
      limit,
      options.maxIterations,
      deterministic ? atBound : () => atBound() || stalled(),
    );
    if (atBound()) return done('optimal');

    // 4. The full model from the best roster: it may improve, tighten the bound or prove; without
    // strong branching, where a default run spends most of its time from a good roster.
    if (left() > 0.05 && !deterministic) {
      model.setSolution({ colValue: search.best.col });
      const last = run(highs, model, { seconds: left(), options: IMPROVE }, full);
      raiseBound(last.bound);
      if (last.colValue && last.objective !== undefined)
        search.offer(last.colValue, last.objective);
      if (last.proven) return done('optimal');
    }
    return done('feasible');
  } finally {
    model.dispose();
  }
}
