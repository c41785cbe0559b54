/**
 * Curtois & Qu benchmark:
 * npm run -s bench:curtois -- DIR [--time-limit S] [--instances 1,2,3] [--cbc] [--highs] [--seed N]
 *   [--lanes N] [--trace]
 * One JSON line per instance: seconds to the first roster, the best objective at 10 s and at the
 * end (the verifier's recomputation), the gap to the best known, the full model's bound; with
 * --cbc CBC on the same model for the same time, with --highs HiGHS alone (no search) likewise;
 * with --trace every improvement as [seconds, objective]; with --lanes N the solve runs on N threads
 * at once (src/solver/portfolio.ts), each with its own seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highsBackend } from '../src/solver/backends/highs.js';
import { curtoisToProblem, parseCurtois } from '../src/solver/curtois.js';
import { buildModel } from '../src/solver/model/build.js';
import { SolverPortfolio } from '../src/solver/portfolio.js';
import { cbcAvailable, solveWithCbc } from './cbc.js';

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

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    console.error(
      'usage: bench:curtois DIR [--time-limit S] [--instances 1,2] [--cbc] [--highs] [--seed N] [--lanes N] [--trace]',
    );
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const timeLimit = Number(opt('--time-limit') ?? '60');
  const seed = Number(opt('--seed') ?? '1');
  const lanes = Number(opt('--lanes') ?? '1');
  const only = opt('--instances')
    ?.split(',')
    .map((s) => `Instance${s}.txt`);
  const withCbc = args.includes('--cbc') && cbcAvailable();
  const withHighs = args.includes('--highs');
  const withTrace = args.includes('--trace');
  const files = readdirSync(dir)
    .filter((f) => /^Instance\d+\.txt$/.test(f) && (!only || only.includes(f)))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const pool = new SolverPortfolio(lanes, { maxMemoryMb: 512 });
  await pool.warmUp();
  for (const f of files) {
    const name = f.replace('.txt', '');
    const best = BEST_KNOWN[name];
    const problem = curtoisToProblem(parseCurtois(readFileSync(join(dir, f), 'utf8')), f);
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
        .reduce<number | null>(
          (m, t) => (m === null ? t.objective : Math.min(m, t.objective)),
          null,
        );
    const at10 = at(10);
    const line: Record<string, unknown> = {
      instance: name,
      bestKnown: best,
      firstSeconds: trace.length ? Number(trace[0].seconds.toFixed(2)) : null,
      objective10s: at10 === null ? null : Math.round(at10),
      gap10s: gap(at10, best),
      objective: r.objective,
      gap: gap(r.objective, best),
      bound: r.bound,
      status: r.status,
      seconds: Number(r.seconds.toFixed(2)),
      ...(r.message !== undefined && { message: r.message }),
    };
    if (withTrace)
      line.trace = trace.map((t) => [Number(t.seconds.toFixed(1)), Math.round(t.objective)]);
    if (withHighs) {
      const h = await highsBackend.solve(buildModel(problem).model, {
        timeLimitSeconds: timeLimit,
      });
      Object.assign(line, {
        highsAloneStatus: h.status,
        highsAloneObjective: h.objective === undefined ? null : Math.round(h.objective),
        highsAloneGap: gap(h.objective, best),
      });
    }
    if (withCbc) {
      const c = await solveWithCbc(buildModel(problem).model, timeLimit);
      Object.assign(line, {
        cbcStatus: c.status,
        cbcObjective: c.objective,
        cbcGap: gap(c.objective, best),
        cbcSeconds: Number(c.seconds.toFixed(2)),
      });
    }
    console.log(JSON.stringify(line));
  }
  await pool.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
