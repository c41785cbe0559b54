import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type AppConfig, InjectConfig } from '../config/index.js';
import {
  checkedResult,
  createSolver,
  SolveAbortedError,
  type Assignment,
  type Problem,
  type SolveProgress,
  type SolveResult,
  type SolverPool,
} from '../solver/index.js';

/** What a caller of a solve may follow and decide while it runs. */
export interface SolveRun {
  signal?: AbortSignal;
  onProgress?: (p: SolveProgress) => void;
  onIncumbent?: (assignments: Assignment[], objective: number) => void;
  /** Stopped with a roster found so far: answer with it (verified again) instead of aborting. */
  keepBestOnAbort?: boolean;
}

/**
 * The process's solver threads (HiGHS, one per SOLVER_WORKERS, at least one), shared by roster
 * jobs and substitute proposals; a solve goes to the least busy thread.
 */
@Injectable()
export class RosterSolver implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly pools: { pool: SolverPool; busy: number }[];

  constructor(@InjectConfig() private readonly config: AppConfig) {
    // Each thread keeps its own WASM memory bound (recycled past 256 MB).
    this.pools = Array.from({ length: Math.max(1, config.SOLVER_WORKERS) }, () => ({
      pool: createSolver({ maxMemoryMb: 256 }),
      busy: 0,
    }));
  }

  /** Warms the workers at start-up (a small solve each): the first roster is as fast as any. */
  onApplicationBootstrap(): void {
    for (const p of this.pools) p.pool.warmUp().catch(() => undefined);
  }

  async solve(problem: Problem, run: SolveRun = {}): Promise<SolveResult> {
    const slot = this.pools.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    let best: { assignments: Assignment[]; objective: number } | undefined;
    const started = performance.now();
    try {
      return await slot.pool.solve(problem, {
        backend: 'highs',
        timeLimitSeconds: this.config.SOLVER_TIME_LIMIT_SECONDS,
        signal: run.signal,
        onProgress: run.onProgress,
        onIncumbent: (assignments, objective) => {
          best = { assignments, objective };
          run.onIncumbent?.(assignments, objective);
        },
      });
    } catch (err) {
      if (!(err instanceof SolveAbortedError) || !run.keepBestOnAbort || !best) throw err;
      // The worker is gone; its last roster is checked here like any other before it is kept.
      const kept = checkedResult(
        problem,
        'highs',
        best.assignments,
        { objective: best.objective, bound: null, proven: false, exact: false },
        (performance.now() - started) / 1000,
      );
      if (kept.status === 'error') throw err;
      return { ...kept, message: 'stopped on request; the best roster found so far' };
    } finally {
      slot.busy--;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.pool.close()));
  }
}
