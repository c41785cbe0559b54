import { type DynamicModule, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { JobQueue } from '../notify/index.js';
import { RosterModule } from '../roster/index.js';
import { SolveJob } from './solve-job.entity.js';
import { SOLVE_LOGGER, SolveJobRunner } from './solve-job.runner.js';
import { SolveJobsController } from './solve-jobs.controller.js';
import { SOLVE_QUEUE, SolveJobsService } from './solve-jobs.service.js';

/**
 * Roster solves as pg-boss jobs: any replica with SOLVER_WORKERS > 0 runs them, every replica
 * answers for them and retries the jobs of a replica that died.
 */
@Module({})
export class SolveJobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly runner: SolveJobRunner,
  ) {}

  static forRoot({ logger }: { logger: Logger }): DynamicModule {
    return {
      module: SolveJobsModule,
      imports: [TypeOrmModule.forFeature([SolveJob]), RosterModule],
      controllers: [SolveJobsController],
      providers: [
        SolveJobsService,
        SolveJobRunner,
        { provide: SOLVE_LOGGER, useValue: logger.child({ module: 'solve-jobs' }) },
      ],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = this.queue.instance;
    // createQueue is not idempotent under concurrent replicas: a lost race is fine.
    if (!(await boss.getQueue(SOLVE_QUEUE))) {
      await boss.createQueue(SOLVE_QUEUE).catch(async (err: Error) => {
        if (!(await boss.getQueue(SOLVE_QUEUE))) throw err;
      });
    }
    await this.runner.start(boss);
  }
}
