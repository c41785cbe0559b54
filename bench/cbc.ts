/** Runs the CBC command-line solver on an exported model when `cbc` is installed. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportMps } from '../src/solver/backends/export.js';
import type { LinearModel } from '../src/solver/model/builder.js';

export function cbcAvailable(): boolean {
  return spawnSync('cbc', ['-quit'], { encoding: 'utf8' }).status === 0;
}

export interface CbcRun {
  status: string;
  objective: number | null;
  seconds: number;
}

export async function solveWithCbc(model: LinearModel, timeLimit: number): Promise<CbcRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cbc-'));
  try {
    const file = join(dir, 'model.mps');
    writeFileSync(file, await exportMps(model));
    const started = performance.now();
    const out = spawnSync(
      'cbc',
      [file, 'sec', String(timeLimit), 'threads', '1', 'solve', 'quit'],
      {
        encoding: 'utf8',
        timeout: (timeLimit + 30) * 1000,
      },
    ).stdout;
    const seconds = (performance.now() - started) / 1000;
    const m = /Result - (.*)/.exec(out ?? '');
    const obj = /Objective value:\s+(-?[\d.e+]+)/.exec(out ?? '');
    // CBC reads the objective constant from the MPS RHS of the cost row as its negative offset;
    // the printed value is compared as is.
    return { status: m?.[1]?.trim() ?? 'unknown', objective: obj ? Number(obj[1]) : null, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
