/**
 * npm run -s solve -- problem.json [--backend highs|jslp] [--time-limit S] [--lanes N]
 * Prints the SolveResult JSON on stdout. Exit 2 on unreadable JSON or an invalid problem.
 */
import { readFileSync } from 'node:fs';
import { SolverPortfolio } from './portfolio.js';
import { formatPath, validateProblem, type BackendName } from './problem.js';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: solve problem.json [--backend highs|jslp] [--time-limit S] [--lanes N]\n`,
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let backend: BackendName = 'highs';
  let timeLimit: number | undefined;
  // Threads the one solve runs on, each searching with its own seed (portfolio.ts).
  let lanes = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--backend') {
      const v = argv[++i];
      if (v !== 'highs' && v !== 'jslp') usage(`unknown backend: ${v}`);
      backend = v;
    } else if (a === '--time-limit') {
      timeLimit = Number(argv[++i]);
      if (!Number.isFinite(timeLimit) || timeLimit <= 0)
        usage('--time-limit needs a positive number');
    } else if (a === '--lanes') {
      lanes = Number(argv[++i]);
      if (!Number.isInteger(lanes) || lanes < 1)
        usage('--lanes needs a whole number of at least 1');
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else file = a;
  }
  if (!file) usage('missing problem file');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`${file}: cannot read JSON: ${(e as Error).message}\n`);
    return 2;
  }
  const { problem, issues } = validateProblem(json);
  if (!problem) {
    for (const i of issues.slice(0, 20))
      process.stderr.write(`${file}: ${formatPath(i.path)}: ${i.message}\n`);
    return 2;
  }
  const solver = new SolverPortfolio(lanes);
  try {
    const result = await solver.solve(problem, { backend, timeLimitSeconds: timeLimit });
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return result.status === 'error' ? 1 : 0;
  } finally {
    await solver.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  },
);
