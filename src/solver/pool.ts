/**
 * Main-thread side: a persistent worker thread running the solver, so the event loop stays
 * responsive. Solves are queued on the one worker; a solve is bounded by a watchdog that kills
 * the thread (jslp ignores its own timeout; HiGHS cannot be interrupted from outside), and the
 * worker is recycled when its WASM memory, which never shrinks, passes maxMemoryMb.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkedResult, DEFAULT_TIME_LIMIT_SECONDS, errorResult } from './core.js';
import type { Assignment, BackendName, Problem, SolveResult } from './problem.js';
import { parseProblem } from './problem.js';
import { verify } from './verifier.js';
import type { WorkerMessage, WorkerRequest } from './worker.js';

export interface SolverPoolOptions {
  /** Recycle the worker after a solve when its WASM memory exceeds this (default 256 MB). */
  maxMemoryMb?: number;
}

export interface SolveProgress {
  seconds: number;
  objective: number | null;
  bound: number | null;
}

export interface SolveOptions {
  backend?: BackendName;
  /** Default 60 s. HiGHS stops itself; jslp is killed at the limit. */
  timeLimitSeconds?: number;
  elasticTimeLimitSeconds?: number;
  /** HiGHS search: the same seed gives the same neighbourhoods. */
  seed?: number;
  /** HiGHS search: stop after this many neighbourhoods (deterministic). */
  maxIterations?: number;
  /** Aborting terminates the worker; solve() then rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (p: SolveProgress) => void;
  /** Each improving roster the backend finds (HiGHS), checked by the caller if it keeps one. */
  onIncumbent?: (assignments: Assignment[], objective: number) => void;
}

export class SolveAbortedError extends Error {
  override name = 'AbortError';
  constructor() {
    super('solve aborted');
  }
}

function spawnWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  // Running from TypeScript sources (tsx, jest): register tsx inside the thread first.
  const ts = new URL('./worker.ts', import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); });`,
    { eval: true },
  );
}

export class SolverPool {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;
  private readonly maxMemoryBytes: number;
  /** Number of worker threads started so far (observability and tests). */
  workersStarted = 0;
  /** WASM memory reported by the worker after its last job. */
  lastMemoryBytes = 0;

  constructor(options: SolverPoolOptions = {}) {
    this.maxMemoryBytes = (options.maxMemoryMb ?? 256) * 1024 * 1024;
  }

  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  /** Starts the worker, which solves a small month: the first solve pays no start-up cost. */
  warmUp(): Promise<void> {
    return this.enqueue(async () => {
      const w = this.ensureWorker();
      await new Promise<void>((resolve, reject) => {
        const onMessage = (m: WorkerMessage) => {
          if (m.type !== 'warm') return;
          w.off('message', onMessage);
          this.lastMemoryBytes = m.memoryBytes;
          resolve();
        };
        w.on('message', onMessage);
        w.once('error', reject);
        w.postMessage({ type: 'warmup' } satisfies WorkerRequest);
      });
    });
  }

  solve(input: Problem, options: SolveOptions = {}): Promise<SolveResult> {
    const problem = parseProblem(input);
    return this.enqueue(() => this.run(problem, options));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.catch(() => undefined);
    await this.kill();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('solver pool is closed'));
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      const w = spawnWorker();
      w.unref();
      this.worker = w;
      this.workersStarted++;
      w.on('exit', () => {
        if (this.worker === w) this.worker = undefined;
      });
    }
    return this.worker;
  }

  private async kill(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private run(problem: Problem, options: SolveOptions): Promise<SolveResult> {
    const backend = options.backend ?? 'highs';
    const limit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
    if (options.signal?.aborted) return Promise.reject(new SolveAbortedError());
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const id = this.nextId++;
    const w = this.ensureWorker();
    let incumbent: { assignments: Assignment[]; objective: number } | undefined;
    let lastBound: number | null = null;

    return new Promise<SolveResult>((resolve, reject) => {
      let settled = false;
      const finish = (action: () => void, killWorker: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        options.signal?.removeEventListener('abort', onAbort);
        if (killWorker) {
          void this.kill().then(action, action);
        } else action();
      };
      const onMessage = (m: WorkerMessage) => {
        if (!('id' in m) || m.id !== id) return;
        switch (m.type) {
          case 'progress':
            if (m.bound !== null) lastBound = m.bound;
            options.onProgress?.({ seconds: m.seconds, objective: m.objective, bound: m.bound });
            return;
          case 'incumbent':
            incumbent = { assignments: m.assignments, objective: m.objective };
            options.onIncumbent?.(m.assignments, m.objective);
            return;
          case 'result': {
            this.lastMemoryBytes = m.memoryBytes;
            const recycle = m.memoryBytes > this.maxMemoryBytes;
            const r = this.recheck(problem, m.result);
            const kept = r.status === 'error' && incumbent ? failed(r.message ?? 'error') : r;
            finish(() => resolve(kept), recycle);
            return;
          }
          case 'failed':
            this.lastMemoryBytes = m.memoryBytes;
            finish(() => resolve(failed(m.message)), true);
            return;
        }
      };
      // A solve stopped by the watchdog or failing late (a worker crash, a HiGHS error, a final
      // roster failing the check) keeps the last roster it reported; `none` when there is none.
      const lastOr = (message: string, none: SolveResult) =>
        incumbent
          ? lastRosterResult(problem, backend, incumbent, lastBound, seconds(), message)
          : none;
      const failed = (message: string) =>
        lastOr(
          `the solve failed (${message}); the last roster it reported`,
          errorResult(backend, seconds(), message),
        );
      const onError = (e: Error) =>
        finish(() => resolve(failed(`worker crashed: ${e.message}`)), true);
      const onExit = () => finish(() => resolve(failed('worker exited unexpectedly')), false);
      const onAbort = () => finish(() => reject(new SolveAbortedError()), true);
      // HiGHS honours its own limit; the margin covers model building and the elastic re-solve.
      const deadline = backend === 'jslp' ? limit : limit * 1.1 + 2 + Math.min(10, limit);
      const timer = setTimeout(() => {
        finish(
          () =>
            resolve(
              lastOr(`stopped at the time limit (${limit} s)`, {
                ...errorResult(
                  backend,
                  seconds(),
                  `no roster within the time limit (${limit} s); worker killed`,
                ),
                status: 'timeout',
              }),
            ),
          true,
        );
      }, deadline * 1000);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      w.postMessage({
        type: 'solve',
        id,
        problem,
        options: {
          backend,
          timeLimitSeconds: limit,
          elasticTimeLimitSeconds: options.elasticTimeLimitSeconds,
          seed: options.seed,
          maxIterations: options.maxIterations,
        },
      } satisfies WorkerRequest);
    });
  }

  /** Second, main-thread verification of whatever the worker returns. */
  private recheck(problem: Problem, r: SolveResult): SolveResult {
    if (r.assignments.length === 0 && r.objective === null) return r;
    const v = verify(problem, r.assignments);
    if (v.hardViolations.length > 0 || v.objective !== r.objective) {
      return errorResult(r.backend, r.seconds, 'worker result failed the main-thread verification');
    }
    return r;
  }
}

/**
 * A roster the worker reported before it stopped without a usable result (time limit, failure):
 * checked again here, proven only by the bound that came with it, with `message` saying why it is
 * the answer; when the check rejects it, the error keeps `message` beside what the check found.
 */
export function lastRosterResult(
  problem: Problem,
  backend: BackendName,
  last: { assignments: Assignment[]; objective: number },
  bound: number | null,
  seconds: number,
  message: string,
): SolveResult {
  const r = checkedResult(
    problem,
    backend,
    last.assignments,
    { objective: last.objective, bound, proven: false, exact: false },
    seconds,
  );
  return { ...r, message: r.status === 'error' ? `${message}; ${r.message ?? 'error'}` : message };
}

export function createSolver(options: SolverPoolOptions = {}): SolverPool {
  return new SolverPool(options);
}
