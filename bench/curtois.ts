/**
 * Curtois & Qu benchmark: npm run -s bench:curtois -- DIR [--time-limit S] [--instances 1,2,3] [--cbc]
 * Prints one JSON line per instance; the objective is the verifier's recomputation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curtoisToProblem, parseCurtois } from '../src/solver/curtois.js';
import { buildModel } from '../src/solver/model/build.js';
import { createSolver } from '../src/solver/pool.js';
import { cbcAvailable, solveWithCbc } from './cbc.js';

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    console.error('usage: bench:curtois DIR [--time-limit S] [--instances 1,2] [--cbc]');
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const timeLimit = Number(opt('--time-limit') ?? '60');
  const only = opt('--instances')
    ?.split(',')
    .map((s) => `Instance${s}.txt`);
  const withCbc = args.includes('--cbc') && cbcAvailable();
  const files = readdirSync(dir)
    .filter((f) => /^Instance\d+\.txt$/.test(f) && (!only || only.includes(f)))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const pool = createSolver({ maxMemoryMb: 512 });
  await pool.warmUp();
  for (const f of files) {
    const problem = curtoisToProblem(parseCurtois(readFileSync(join(dir, f), 'utf8')), f);
    const r = await pool.solve(problem, { timeLimitSeconds: timeLimit });
    const line: Record<string, unknown> = {
      instance: f.replace('.txt', ''),
      objective: r.objective,
      bound: r.bound,
      status: r.status,
      seconds: Number(r.seconds.toFixed(2)),
    };
    if (withCbc) {
      const c = await solveWithCbc(buildModel(problem).model, timeLimit);
      Object.assign(line, {
        cbcStatus: c.status,
        cbcObjective: c.objective,
        cbcSeconds: Number(c.seconds.toFixed(2)),
        cbcTimeRatio: Number((c.seconds / Math.max(r.seconds, 1e-3)).toFixed(2)),
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
