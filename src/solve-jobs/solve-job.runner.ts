import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { type AppConfig, InjectConfig } from '../config/index.js';
import { INSTANCE } from '../notify/index.js';
import { MonthReservations, type RosterRun, RostersService } from '../roster/index.js';
import type { Assignment } from '../solver/index.js';
import type { Solved } from '../roster/index.js';
import type { SolveJob, SolveJobFailure, SolveJobProgress } from './solve-job.entity.js';
import { returning } from './returning.js';
import { failureOf, refusalError } from './solve-failure.js';
import { SOLVE_QUEUE, SOLVE_RETRY_LIMIT, type SolveJobData } from './solve-jobs.service.js';

export const SOLVE_LOGGER = Symbol('SOLVE_LOGGER');

/** How often a running job reports (progress, best roster, heartbeat) and looks for a stop. */
const BEAT_MS = 1000;

/** Runs solve jobs on this replica (SOLVER_WORKERS at once) and retries jobs of dead replicas. */
@Injectable()
export class SolveJobRunner implements OnModuleDestroy {
  private sweeper: NodeJS.Timeout | undefined;
  private boss: PgBoss | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rosters: RostersService,
    private readonly reservations: MonthReservations,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(SOLVE_LOGGER) private readonly logger: Logger,
  ) {}

  async start(boss: PgBoss): Promise<void> {
    this.boss = boss;
    // One poller per solver thread, each taking one job at a time: a busy replica takes no more.
    for (let i = 0; i < this.config.SOLVER_WORKERS; i++) {
      const worker: { id?: string } = {};
      worker.id = await boss.work<SolveJobData>(
        SOLVE_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          try {
            await this.run(job.data.jobId);
          } finally {
            // pg-boss waits out the polling interval after every job; most months solve in far
            // less, so a busy queue would idle half the time: fetch the next job at once.
            if (worker.id) boss.notifyWorker(worker.id);
          }
        },
      );
    }
    const every = Math.max(1, Math.min(5, this.config.SOLVER_JOB_STALE_SECONDS / 3)) * 1000;
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), every);
    this.sweeper.unref();
  }

  /** Runs one job; every outcome is written to its row, so pg-boss only retries a lost replica. */
  async run(jobId: string): Promise<void> {
    // Stopped while its replica was lost: nothing to run, nothing was kept.
    await this.db.query(
      `UPDATE solve_job SET status = 'cancelled', finished_at = now(), revision = revision + 1
        WHERE id = $1 AND status IN ('queued', 'running') AND cancel_requested`,
      [jobId],
    );
    const [job] = await returning<SolveJob>(
      this.db,
      `UPDATE solve_job SET status = 'running', attempt = attempt + 1, instance = $2,
              started_at = coalesce(started_at, now()), heartbeat_at = now(), revision = revision + 1,
              progress = jsonb_set(coalesce(progress, '{}'), '{phase}', '"solving"')
        WHERE id = $1 AND status IN ('queued', 'running') AND NOT cancel_requested
        RETURNING id, kind, unit_id AS "unitId", month, roster_id AS "rosterId", params,
                  requested_by AS "requestedBy", attempt`,
      [jobId, INSTANCE],
    );
    if (!job) return; // cancelled while queued, or finished by an earlier attempt
    const attempt = job.attempt;
    // A retry: the month's reservation is the dead attempt's, and this job holds the month
    // (one active job per unit and month), so it is given back rather than waited out.
    if (attempt > 1 && job.kind === 'generate')
      await this.reservations.release(job.unitId, job.month);
    const stop = new AbortController();
    const started = performance.now();
    const progress: SolveJobProgress = {
      phase: 'solving',
      seconds: 0,
      objective: null,
      bound: null,
      gap: null,
      improvements: 0,
      limitSeconds: this.config.SOLVER_TIME_LIMIT_SECONDS,
    };
    let best: SolveJob['best'] = null;
    let beating = Promise.resolve();
    const beat = setInterval(() => {
      progress.seconds = Math.round((performance.now() - started) / 100) / 10;
      beating = beating.then(() => this.beat(job.id, attempt, progress, best, stop));
    }, BEAT_MS);
    const run: RosterRun = {
      signal: stop.signal,
      keepBestOnAbort: true,
      onProgress: (p) => {
        progress.objective = p.objective;
        if (p.bound !== null) progress.bound = p.bound;
        progress.gap =
          progress.objective === null || progress.bound === null
            ? null
            : Math.max(0, progress.objective - progress.bound) /
              Math.max(1, Math.abs(progress.objective));
      },
      onIncumbent: (assignments: Assignment[], objective: number) => {
        progress.improvements += 1;
        best = {
          objective,
          duties: assignments
            .filter((a) => a.date.startsWith(`${job.month}-`))
            .map((a) => ({ date: a.date, session: a.shift, leaderId: a.personId })),
        };
      },
      commit: (tx, rosterId) =>
        this.commit(tx, job.id, attempt, rosterId, stop.signal.aborted, progress, started),
    };
    try {
      const solved = await this.solveFor(job, run);
      if (!solved.ok) await this.fail(job, failureOf(refusalError(solved)), progress);
    } catch (err) {
      const failure = failureOf(err);
      if (failure.status >= 500)
        this.logger.warn({ jobId, err: (err as Error).stack ?? String(err) }, 'solve job failed');
      await this.fail(job, failure, progress);
    } finally {
      clearInterval(beat);
      await beating;
    }
  }

  private solveFor(job: SolveJob, run: RosterRun): Promise<Solved<unknown>> {
    const user = job.requestedBy;
    if (job.kind === 'generate') return this.rosters.generate(user, job.unitId, job.month, run);
    if (job.kind === 'resolve')
      return this.rosters.resolve(user, job.rosterId!, job.params.version!, run);
    return this.rosters.amend(user, job.rosterId!, job.params.reason!, run);
  }

  /** Ends the attempt without a roster: cancelled when a stop was asked for, else failed. */
  private async fail(
    job: SolveJob,
    failure: SolveJobFailure,
    progress: SolveJobProgress,
  ): Promise<void> {
    await this.db.query(
      `UPDATE solve_job SET status = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'failed' END,
                failure = $3, finished_at = now(), revision = revision + 1, progress = $4
          WHERE id = $1 AND attempt = $2 AND status = 'running'`,
      [job.id, job.attempt, failure, { ...progress, phase: 'done' }],
    );
  }

  private async beat(
    id: string,
    attempt: number,
    progress: SolveJobProgress,
    best: SolveJob['best'],
    stop: AbortController,
  ): Promise<void> {
    const rows = await returning<{ cancel: boolean }>(
      this.db,
      `UPDATE solve_job SET heartbeat_at = now(), progress = $3, best = coalesce($4, best),
                revision = revision + 1
          WHERE id = $1 AND attempt = $2 AND status = 'running'
          RETURNING cancel_requested AS cancel`,
      [id, attempt, progress, best],
    ).catch(() => [{ cancel: false }]);
    // Stopped on request, or the job was taken over (this replica was thought dead).
    if (rows.length === 0 || rows[0].cancel) stop.abort();
  }

  /** In the roster's transaction: the job's result is written once, by the attempt holding it. */
  private async commit(
    tx: EntityManager,
    id: string,
    attempt: number,
    rosterId: string,
    stopped: boolean,
    progress: SolveJobProgress,
    started: number,
  ): Promise<void> {
    const done = { ...progress, phase: 'done', seconds: (performance.now() - started) / 1000 };
    const rows = await returning(
      tx,
      `UPDATE solve_job SET status = $4, kept_best = $5, roster_id = $3, finished_at = now(),
              revision = revision + 1, progress = $6
        WHERE id = $1 AND attempt = $2 AND status = 'running' RETURNING id`,
      [id, attempt, rosterId, stopped ? 'cancelled' : 'succeeded', stopped, done],
    );
    if (rows.length === 0) throw new Error('solve job was taken over by another replica');
  }

  /**
   * Jobs whose replica stopped sending heartbeats go back to the queue (pg-boss retries them on
   * any replica); after SOLVE_RETRY_LIMIT lost runs the job fails as lost.
   */
  async sweep(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    const stale: { id: string; attempt: number }[] = await this.db.query(
      `SELECT id, attempt FROM solve_job
        WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1)`,
      [this.config.SOLVER_JOB_STALE_SECONDS],
    );
    for (const s of stale) {
      const lost = s.attempt > SOLVE_RETRY_LIMIT;
      const moved = await returning(
        this.db,
        `UPDATE solve_job SET status = $3, instance = NULL, revision = revision + 1,
                finished_at = CASE WHEN $3 = 'failed' THEN now() END,
                failure = CASE WHEN $3 = 'failed' THEN $4::jsonb END,
                progress = jsonb_set(coalesce(progress, '{}'), '{phase}', '"queued"')
          WHERE id = $1 AND attempt = $2 AND status = 'running'
            AND heartbeat_at < now() - make_interval(secs => $5) RETURNING id`,
        [
          s.id,
          s.attempt,
          lost ? 'failed' : 'queued',
          failureOf(new AppError('SOLVE_LOST', { attempts: s.attempt })),
          this.config.SOLVER_JOB_STALE_SECONDS,
        ],
      );
      if (moved.length === 0) continue;
      this.logger.warn({ jobId: s.id, attempt: s.attempt }, 'solve job lost its replica');
      // The dead replica's pg-boss job is still active: failing it makes pg-boss retry it.
      if (lost) await boss.cancel(SOLVE_QUEUE, s.id).catch(() => undefined);
      else await boss.fail(SOLVE_QUEUE, s.id, { message: 'replica lost' }).catch(() => undefined);
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
