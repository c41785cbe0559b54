import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { InjectConfig } from '../config/config.module.js';
import { createSolver, type Problem, type SolveResult } from '../solver/index.js';

/** The process's one solver worker (HiGHS in a thread), shared by every roster request. */
@Injectable()
export class RosterSolver implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly pool = createSolver({ maxMemoryMb: 256 });

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** Loads HiGHS in the worker at start-up, so the first roster of the day is as fast as any. */
  onApplicationBootstrap(): void {
    this.pool.warmUp().catch(() => undefined);
  }

  solve(problem: Problem, signal?: AbortSignal): Promise<SolveResult> {
    return this.pool.solve(problem, {
      backend: 'highs',
      timeLimitSeconds: this.config.SOLVER_TIME_LIMIT_SECONDS,
      signal,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
