/**
 * Curtois & Qu benchmark:
 * npm run -s bench:curtois -- DIR [--time-limit S] [--instances 1,2,3] [--cbc] [--highs] [--seed N]
 *   [--seeds 1-8] [--jobs N] [--lanes N] [--trace]
 * One JSON line per instance: seconds to the first roster, the best objective at 10 s and at the
 * end (the verifier's recomputation), the gap to the best known, the full model's bound; with
 * --cbc CBC on the same model for the same time, with --highs HiGHS alone (no search) likewise;
 * with --trace every improvement as [seconds, objective]; with --lanes N the solve runs on N threads
 * at once (src/solver/portfolio.ts), each with its own seed.
 * With --seeds (a range or a list) a line per instance and seed, then the instance's summary: the
 * outcome of one run depends on its seed's path, so variants compare by medians over seeds, run
 * side by side in one run; --jobs N solves N seeds of an instance at once, on N threads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highsBackend } from '../src/solver/backends/highs.js';
import { curtoisToProblem, parseCurtois } from '../src/solver/curtois.js';
import { buildModel } from '../src/solver/model/build.js';
import { SolverPortfolio } from '../src/solver/portfolio.js';
import type { Problem } from '../src/solver/problem.js';
import { cbcAvailable, solveWithCbc } from './cbc.js';
import { median } from './support/median.js';

/** Best known objectives (the data's README, from the literature). */
const BEST_KNOWN: Record<string, number> = {
  Instance1: 607,
  Instance2: 828,
  Instance3: 1001,
  Instance4: 1716,
  Instance5: 1143,
  Instance6: 1950,
  Instance7: 1056,
  Instance8: 1308,
  // The larger instances of the same benchmark (not in ../shared; the same literature table).
  Instance9: 439,
  Instance10: 4631,
  Instance11: 3443,
  Instance12: 4040,
};

const gap = (obj: number | null | undefined, best: number | undefined) =>
  obj === null || obj === undefined || best === undefined
    ? null
    : Number(((obj - best) / best).toFixed(4));

/** Seeds from "3", "1-8" or "1,4,9". */
function parseSeeds(text: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  const seeds = range
    ? Array.from(
        { length: Number(range[2]) - Number(range[1]) + 1 },
        (_, k) => Number(range[1]) + k,
      )
    : text.split(',').map(Number);
  if (seeds.length === 0 || seeds.some((n) => !Number.isInteger(n)))
    throw new RangeError(`--seeds: a whole number, a range such as 1-8, or a list, not ${text}`);
  return seeds;
}

/** One solve of an instance with one seed, as its JSON line's fields. */
async function runOnce(
  pool: SolverPortfolio,
  problem: Problem,
  best: number | undefined,
  seed: number,
  timeLimit: number,
  withTrace: boolean,
): Promise<Record<string, unknown>> {
  // Wall clock from the call: model building and the worker hand-over count.
  const started = performance.now();
  const trace: { seconds: number; objective: number }[] = [];
  const r = await pool.solve(problem, {
    timeLimitSeconds: timeLimit,
    seed,
    onProgress: (p) => {
      if (p.objective !== null)
        trace.push({ seconds: (performance.now() - started) / 1000, objective: p.objective });
    },
  });
  const at = (s: number) =>
    trace
      .filter((t) => t.seconds <= s)
      .reduce<number | null>((m, t) => (m === null ? t.objective : Math.min(m, t.objective)), null);
  const at10 = at(10);
  return {
    firstSeconds: trace.length ? Number(trace[0].seconds.toFixed(2)) : null,
    objective10s: at10 === null ? null : Math.round(at10),
    gap10s: gap(at10, best),
    objective: r.objective,
    gap: gap(r.objective, best),
    bound: r.bound,
    status: r.status,
    seconds: Number(r.seconds.toFixed(2)),
    ...(r.message !== undefined && { message: r.message }),
    ...(withTrace && {
      trace: trace.map((t) => [Number(t.seconds.toFixed(1)), Math.round(t.objective)]),
    }),
  };
}

/** HiGHS alone on the full model, no search, for the same time. */
async function highsAlone(problem: Problem, best: number | undefined, timeLimit: number) {
  const h = await highsBackend.solve(buildModel(problem).model, { timeLimitSeconds: timeLimit });
  return {
    highsAloneStatus: h.status,
    highsAloneObjective: h.objective === undefined ? null : Math.round(h.objective),
    highsAloneGap: gap(h.objective, best),
  };
}

/** CBC on the same model for the same time. */
async function cbc(problem: Problem, best: number | undefined, timeLimit: number) {
  const c = await solveWithCbc(buildModel(problem).model, timeLimit);
  return {
    cbcStatus: c.status,
    cbcObjective: c.objective,
    cbcGap: gap(c.objective, best),
    cbcSeconds: Number(c.seconds.toFixed(2)),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    console.error(
      'usage: bench:curtois DIR [--time-limit S] [--instances 1,2] [--cbc] [--highs] [--seed N] [--seeds 1-8] [--jobs N] [--lanes N] [--trace]',
    );
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const timeLimit = Number(opt('--time-limit') ?? '60');
  const seedsOption = opt('--seeds');
  const seeds =
    seedsOption === undefined ? [Number(opt('--seed') ?? '1')] : parseSeeds(seedsOption);
  const lanes = Number(opt('--lanes') ?? '1');
  const jobs = Math.max(1, Math.min(seeds.length, Number(opt('--jobs') ?? '1')));
  const only = opt('--instances')
    ?.split(',')
    .map((s) => `Instance${s}.txt`);
  const withCbc = args.includes('--cbc') && cbcAvailable();
  const withHighs = args.includes('--highs');
  const withTrace = args.includes('--trace');
  const files = readdirSync(dir)
    .filter((f) => /^Instance\d+\.txt$/.test(f) && (!only || only.includes(f)))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const pools = Array.from(
    { length: jobs },
    () => new SolverPortfolio(lanes, { maxMemoryMb: 512 }),
  );
  await Promise.all(pools.map((pool) => pool.warmUp()));
  for (const f of files) {
    const name = f.replace('.txt', '');
    const best = BEST_KNOWN[name];
    const problem = curtoisToProblem(parseCurtois(readFileSync(join(dir, f), 'utf8')), f);
    // Each job takes the next seed when its last solve ends.
    const queue = [...seeds];
    const lines = new Map<number, Record<string, unknown>>();
    await Promise.all(
      pools.map(async (pool) => {
        for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
          const run = await runOnce(pool, problem, best, seed, timeLimit, withTrace);
          const line = {
            instance: name,
            ...(seedsOption !== undefined && { seed }),
            bestKnown: best,
            ...run,
          };
          lines.set(seed, line);
          // With several seeds each line as it comes; with one, CBC's and HiGHS's join it.
          if (seedsOption !== undefined) console.log(JSON.stringify(line));
        }
      }),
    );
    const comparison = {
      ...(withHighs && (await highsAlone(problem, best, timeLimit))),
      ...(withCbc && (await cbc(problem, best, timeLimit))),
    };
    if (seedsOption === undefined) {
      console.log(JSON.stringify({ ...lines.get(seeds[0]), ...comparison }));
      continue;
    }
    const objectives = seeds.map((s) => lines.get(s)?.objective);
    const found = objectives.filter((o): o is number => typeof o === 'number');
    const mid = found.length ? median(found) : null;
    console.log(
      JSON.stringify({
        instance: name,
        summary: true,
        bestKnown: best,
        seeds,
        objectives: objectives.map((o) => o ?? null),
        medianObjective: mid,
        medianGap: gap(mid, best),
        // Runs within 1 % of the best known (the target), of all runs.
        within1pct:
          best === undefined
            ? null
            : `${found.filter((o) => o <= best * 1.01).length}/${seeds.length}`,
        ...comparison,
      }),
    );
  }
  await Promise.all(pools.map((pool) => pool.close()));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
