/**
 * A first roster one person at a time: each person's own model (their hard rules, their soft
 * ones, and the seats still open priced as a reward) solved by HiGHS, in problem order; what one
 * takes is no longer open to the next. Each model holds one person's days and shifts, so a
 * person takes milliseconds where the whole model's first roster can take tens of seconds
 * (Curtois 8). Nobody's own hard rule can break this way; only cover may end short.
 */
import { createHighsModel, getHighs } from './backends/highs.js';
import { run } from './highs-run.js';
import { buildModel, decodeAssignments } from './model/build.js';
import type { Assignment, Cover, Problem } from './problem.js';
import { personView } from './person-view.js';

/** A person's model may take up to this many even shares of the time left (personSeconds). */
const FAIR_SHARES = 2;

/** Cuts HiGHS keeps for one person's model (its default: 10,000). */
const CUT_POOL = 10;

/** Reward for a seat of hard cover: more than any one person's soft rules could ask. */
const HARD_SEAT = 10_000;

/** The problem as one person sees it, with the seats the others left priced as a reward. */
function alone(problem: Problem, personId: string, sat: Map<string, number>): Problem {
  const view = personView(problem, personId);
  // The person's own fixed duties are in their model already; `sat` counts everyone's.
  const own = new Set(view.fixed?.map((f) => `${f.date}|${f.shift}`));
  const cover = problem.cover.map((c): Cover => {
    const key = `${c.date}|${c.shift}`;
    const open = c.required - (sat.get(key) ?? 0) + (own.has(key) ? 1 : 0);
    return {
      ...c,
      required: Math.max(0, open),
      underWeight: c.underWeight ?? HARD_SEAT,
      // A full session with hard over-cover stays hard: nobody more may sit it.
      ...(open <= 0 ? {} : { overWeight: c.overWeight ?? 0 }),
    };
  });
  return { ...view, cover };
}

/**
 * Seconds one person's model may take: `secondsEach`, or more when the time left allows it, up to
 * FAIR_SHARES of an even split of what is left among the people still to plan (`share`: a
 * person planned again gets one whole share).
 */
export const personSeconds = (
  secondsEach: number,
  left: number,
  toPlan: number,
  share = FAIR_SHARES,
) =>
  Number.isFinite(left)
    ? Math.min(left, Math.max(secondsEach, (share * left) / Math.max(1, toPlan)))
    : secondsEach;

/**
 * Everyone's sessions, or undefined when some person's own rules cannot hold on the seats left
 * or the time runs out: `secondsEach` bounds one person's model (see personSeconds), `stopAt` on
 * `clock` them all. A person whose model finds no plan in its time is planned again after
 * everyone else, with an even share of what is left: the first model in a process runs on cold
 * WASM code (a Curtois 19 person: 1.2-1.7 s where it takes 0.2 s later), and one slow person
 * should not cost the whole roster.
 */
export async function personByPerson(
  problem: Problem,
  secondsEach: number,
  clock: () => number = () => 0,
  stopAt = Infinity,
): Promise<Assignment[] | undefined> {
  const sat = new Map<string, number>();
  const sit = (a: { date: string; shift: string }) =>
    sat.set(`${a.date}|${a.shift}`, (sat.get(`${a.date}|${a.shift}`) ?? 0) + 1);
  for (const f of problem.fixed ?? []) sit(f);
  const roster: Assignment[] = [];
  const highs = await getHighs();
  const queue = problem.people.map((person) => ({ person, retry: false }));
  for (let i = 0; i < queue.length; i++) {
    const { person, retry } = queue[i];
    const left = stopAt - clock();
    const toPlan = queue.length - i;
    const seconds = personSeconds(secondsEach, left, toPlan, retry ? 1 : FAIR_SHARES);
    if (seconds <= 0) return undefined;
    const built = buildModel(alone(problem, person.id, sat));
    if (built.triviallyInfeasible) return undefined;
    const model = createHighsModel(highs, built.model);
    // The first plan HiGHS finds is enough: the search improves it later. Without the
    // feasibility jump heuristic that plan is better (Curtois 8: 5705 against 7844) and as quick.
    // A small cut pool: the root's cut rounds took most of a long horizon's time, for a plan no
    // better (Curtois 19, 84 days: 0.3 s against 1.9 s for some people, 6 s against 14 s for all).
    const r = run(highs, model, {
      seconds,
      solutions: 1,
      options: { mip_heuristic_run_feasibility_jump: false, mip_pool_soft_limit: CUT_POOL },
    });
    model.dispose();
    if (!r.colValue) {
      if (r.infeasible || retry) return undefined;
      queue.push({ person, retry: true });
      continue;
    }
    for (const a of decodeAssignments(built, r.colValue)) {
      sit(a);
      roster.push(a);
    }
  }
  return roster;
}
