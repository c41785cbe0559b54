/**
 * Worker-thread entry: keeps one HiGHS WASM instance warm and runs solveCore for the pool.
 * Messages in: WorkerRequest; out: WorkerMessage.
 */
import { parentPort } from 'node:worker_threads';
import { highsMemoryBytes } from './backends/highs.js';
import { solveCore, type CoreSolveOptions } from './core.js';
import { generateMonth } from './generator.js';
import type { Assignment, Problem, SolveResult } from './problem.js';

export type WorkerRequest =
  | { type: 'warmup' }
  | {
      type: 'solve';
      id: number;
      problem: Problem;
      options: Pick<
        CoreSolveOptions,
        'backend' | 'timeLimitSeconds' | 'elasticTimeLimitSeconds' | 'seed' | 'maxIterations'
      >;
    };

export type WorkerMessage =
  | { type: 'warm'; memoryBytes: number }
  | {
      type: 'progress';
      id: number;
      seconds: number;
      objective: number | null;
      bound: number | null;
    }
  | { type: 'incumbent'; id: number; assignments: Assignment[]; objective: number }
  | { type: 'result'; id: number; result: SolveResult; memoryBytes: number }
  | { type: 'failed'; id: number; message: string; memoryBytes: number };

/** The warm-up's month: small, and special (two leaders a session, weekends too). */
const WARM_UP_MONTH = { kind: 'special', leaders: 10, seed: 1 } as const;
const WARM_UP_SECONDS = 2;

const port = parentPort;
if (port) {
  const send = (m: WorkerMessage) => port.postMessage(m);
  port.on('message', (req: WorkerRequest) => {
    void handle(req).catch(async (e: unknown) => {
      if (req.type === 'solve')
        send({
          type: 'failed',
          id: req.id,
          message: String(e),
          memoryBytes: await highsMemoryBytes(),
        });
    });
  });

  async function handle(req: WorkerRequest): Promise<void> {
    switch (req.type) {
      case 'warmup':
        // A small month solved once: the first solve in a thread otherwise pays for compiling
        // HiGHS's WASM and this code on the way (Curtois 8's first roster: 2.4 s cold, 1.4 s
        // after this warm-up of about 0.75 s).
        await solveCore(generateMonth(WARM_UP_MONTH), { timeLimitSeconds: WARM_UP_SECONDS });
        send({ type: 'warm', memoryBytes: await highsMemoryBytes() });
        return;
      case 'solve': {
        const { id } = req;
        const result = await solveCore(req.problem, {
          ...req.options,
          onProgress: (p) => send({ type: 'progress', id, ...p }),
          onIncumbent: (assignments, objective) =>
            send({ type: 'incumbent', id, assignments, objective }),
        });
        send({ type: 'result', id, result, memoryBytes: await highsMemoryBytes() });
        return;
      }
    }
  }
}
