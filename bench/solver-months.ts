/**
 * Generated reception months, 5 seeds per size, solved through the worker pool (warm worker).
 * npx tsx bench/solver-months.ts [--backends highs,jslp] [--time-limit S] [--seeds N] [--cbc]
 */
import { buildModel } from '../src/solver/model/build.js';
import { generateMonth } from '../src/solver/generator.js';
import { createSolver } from '../src/solver/pool.js';
import type { BackendName } from '../src/solver/problem.js';
import { cbcAvailable, solveWithCbc } from './cbc.js';
import { median } from './support/median.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const backends = opt('--backends', 'highs,jslp').split(',') as BackendName[];
const timeLimit = Number(opt('--time-limit', '30'));
const seeds = Number(opt('--seeds', '5'));
const withCbc = args.includes('--cbc') && cbcAvailable();
const sizes = opt('--sizes', '12,25,60,200').split(',').map(Number);

async function main() {
  const pool = createSolver();
  await pool.warmUp();
  // One untimed solve so that JIT warm-up is not charged to the first instance.
  await pool.solve(generateMonth({ kind: 'normal', leaders: 12, seed: 99 }), {
    timeLimitSeconds: 5,
  });
  for (const kind of ['normal', 'special'] as const) {
    for (const leaders of sizes) {
      for (const backend of backends) {
        const times: number[] = [];
        const rows: string[] = [];
        for (let seed = 1; seed <= seeds; seed++) {
          const problem = generateMonth({ kind, leaders, seed });
          const t = performance.now();
          const r = await pool.solve(problem, { backend, timeLimitSeconds: timeLimit });
          const wall = (performance.now() - t) / 1000;
          times.push(wall);
          let cbc = '';
          if (withCbc && backend === 'highs') {
            const c = await solveWithCbc(buildModel(problem).model, timeLimit);
            cbc = ` cbc=${c.status}/${c.objective}/${c.seconds.toFixed(2)}s`;
          }
          rows.push(
            `${seed}:${r.status}/${r.objective ?? '-'}${r.status === 'feasible' ? `(gap ${r.gap?.toFixed(3)})` : ''}${cbc}`,
          );
        }
        console.log(
          `${kind.padEnd(7)} ${String(leaders).padStart(3)} leaders ${backend.padEnd(5)} median ${median(times).toFixed(3)} s max ${Math.max(...times).toFixed(3)} s  ${rows.join(' ')}`,
        );
      }
    }
  }
  await pool.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
