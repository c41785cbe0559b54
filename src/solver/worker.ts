/**
 * Worker-thread entry: keeps one HiGHS WASM instance warm and runs solveCore for the pool.
 * Messages in: WorkerRequest; out: WorkerMessage.
 */
import { parentPort } from 'node:worker_threads';
import { highsMemoryBytes } from './backends/highs.js';
import { solveCore, type CoreSolveOptions } from './core.js';
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
