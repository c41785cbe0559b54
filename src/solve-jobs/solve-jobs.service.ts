import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { AppError, conflict, notFound, versionConflict } from '../common/app-error.js';
import { sqlStateOf } from '../common/database-errors.js';
import { type AppConfig, InjectConfig } from '../config/index.js';
import { JobQueue, txDb } from '../notify/index.js';
import {} from '../org/index.js';
import { RostersService } from '../roster/index.js';
import { SolveJob, type SolveJobKind, type SolveJobStatus } from './solve-job.entity.js';
import { cancelMessage, TERMINAL, toJobView } from './solve-job.view.js';
import { returning } from './returning.js';
import { failureError } from './solve-failure.js';

export const SOLVE_QUEUE = 'roster-solve';
/** A job whose replica died is tried again this many times (then it fails as lost). */
export const SOLVE_RETRY_LIMIT = 3;

export interface SolveJobData {
  jobId: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Solve runs as jobs: created here (row + pg-boss job in one transaction), followed, cancelled.
 * The checks a caller can act on at once (access, roster exists, version) happen before the job
 * is queued, so they still answer 4xx immediately.
 */
@Injectable()
export class SolveJobsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(SolveJob) private readonly jobs: Repository<SolveJob>,
    private readonly rosters: RostersService,
    private readonly queue: JobQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async generate(user: AuthUser, unitId: string, month: string) {
    assertUnitAccess(user, unitId);
    const [existing] = await this.rosters.list(user, unitId, month);
    if (existing) {
      throw new AppError(
        'ROSTER_EXISTS',
        { month },
        { field: 'month', details: { rosterId: existing.id } },
      );
    }
    return this.create(user, 'generate', unitId, month, null, {});
  }

  async resolve(user: AuthUser, rosterId: string, version: number) {
    const roster = await this.rosters.load(user, rosterId);
    if (roster.version !== version) throw versionConflict();
    return this.create(user, 'resolve', roster.unitId, roster.month, rosterId, { version });
  }

  async amend(user: AuthUser, rosterId: string, reason: string) {
    const roster = await this.rosters.load(user, rosterId);
    if (roster.publishedVersion === 0) throw conflict('班表尚未发布，请直接调整草稿后发布');
    return this.create(user, 'amend', roster.unitId, roster.month, rosterId, { reason });
  }

  private async create(
    user: AuthUser,
    kind: SolveJobKind,
    unitId: string,
    month: string,
    rosterId: string | null,
    params: SolveJob['params'],
  ): Promise<SolveJob> {
    const id = randomUUID();
    const limit = this.config.SOLVER_TIME_LIMIT_SECONDS;
    try {
      return await this.db.transaction(async (tx) => {
        // Fair queueing: a unit's n-th waiting job ranks after every unit's first.
        const [{ n }] = await tx.query(
          "SELECT count(*)::int AS n FROM solve_job WHERE unit_id = $1 AND status IN ('queued', 'running')",
          [unitId],
        );
        const priority = -Number(n);
        const job = await tx.getRepository(SolveJob).save(
          tx.getRepository(SolveJob).create({
            id,
            unitId,
            month,
            kind,
            status: 'queued',
            rosterId,
            params,
            requestedBy: user,
            priority,
            progress: {
              phase: 'queued',
              seconds: 0,
              objective: null,
              bound: null,
              gap: null,
              improvements: 0,
            },
          }),
        );
        await this.queue.instance.insert(
          [
            {
              id,
              name: SOLVE_QUEUE,
              data: { jobId: id } satisfies SolveJobData,
              priority,
              retryLimit: SOLVE_RETRY_LIMIT,
              retryDelay: 1,
              // A backstop for a lost heartbeat sweep: the pool's own deadline plus a margin.
              expireInSeconds: Math.ceil(limit * 1.1 + 2 + Math.min(10, limit) + 60),
            },
          ],
          { db: txDb(tx) },
        );
        return job;
      });
    } catch (err) {
      if (sqlStateOf(err) !== '23505') throw err;
      const active = await this.jobs.findOne({
        where: { unitId, month, status: In(['queued', 'running']) },
      });
      if (kind === 'generate') {
        throw new AppError(
          'ROSTER_EXISTS',
          { month, generating: true },
          { field: 'month', details: { generating: true, jobId: active?.id } },
        );
      }
      throw new AppError('SOLVE_JOB_ACTIVE', { month }, { details: { jobId: active?.id } });
    }
  }

  async find(user: AuthUser, id: string): Promise<SolveJob> {
    const job = await this.jobs.findOne({ where: { id } });
    if (!job) throw notFound('排班计算任务', id);
    assertUnitAccess(user, job.unitId);
    return job;
  }

  async view(job: SolveJob) {
    return toJobView(job, job.status === 'queued' ? await this.position(job) : null);
  }

  async get(user: AuthUser, id: string) {
    return this.view(await this.find(user, id));
  }

  /** Jobs that pg-boss hands out before this one (priority, then age), plus one. */
  private async position(job: SolveJob): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM solve_job
        WHERE status = 'queued' AND (priority > $1 OR (priority = $1 AND created_at < $2))`,
      [job.priority, job.createdAt],
    );
    return Number(n) + 1;
  }

  /** The unit's recent jobs, newest first (the roster page). */
  async recentForUnit(user: AuthUser, unitId: string, limit = 20) {
    assertUnitAccess(user, unitId);
    const rows = await this.jobs.find({
      where: { unitId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return rows.map((j) => toJobView(j, null, false));
  }

  /** Every unit's queue (admin): waiting, running, and failed with their reason. */
  async queues(status?: SolveJobStatus) {
    const rows = await this.db.query(
      `SELECT status, count(*)::int AS n FROM solve_job GROUP BY status`,
    );
    const counts = Object.fromEntries(
      ['queued', 'running', 'succeeded', 'failed', 'cancelled'].map((s) => [
        s,
        Number(rows.find((r: { status: string }) => r.status === s)?.n ?? 0),
      ]),
    );
    const jobs = await this.jobs.find({
      where: { status: status ? status : In(['queued', 'running', 'failed']) },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return {
      counts,
      workersPerReplica: this.config.SOLVER_WORKERS,
      jobs: jobs.map((j) => toJobView(j, null, false)),
    };
  }

  /**
   * Stops a job. Queued: it never runs. Running: the replica running it stops the solver and
   * keeps the best roster found so far (when there is one) as the job's result; the answer waits
   * a few seconds for that to happen and says what was kept.
   */
  async cancel(user: AuthUser, id: string) {
    let job = await this.find(user, id);
    if (TERMINAL.has(job.status)) throw conflict('该计算任务已结束，无法停止');
    const dropped = await returning(
      this.db,
      `UPDATE solve_job SET status = 'cancelled', cancel_requested = true, finished_at = now(),
              revision = revision + 1, progress = jsonb_set(coalesce(progress, '{}'), '{phase}', '"done"')
        WHERE id = $1 AND status = 'queued' RETURNING id`,
      [id],
    );
    if (dropped.length > 0) {
      await this.queue.instance.cancel(SOLVE_QUEUE, id).catch(() => undefined);
    } else {
      await this.db.query(
        `UPDATE solve_job SET cancel_requested = true, revision = revision + 1
          WHERE id = $1 AND status = 'running'`,
        [id],
      );
      job = await this.waitFor(id, 15);
    }
    job = await this.jobs.findOneByOrFail({ id });
    return { ...(await this.view(job)), message: cancelMessage(job) };
  }

  /** Polls the row (the job may run on another replica) until it ends or `seconds` pass. */
  async waitFor(id: string, seconds: number): Promise<SolveJob> {
    const until = Date.now() + seconds * 1000;
    for (;;) {
      const job = await this.jobs.findOneByOrFail({ id });
      if (TERMINAL.has(job.status) || Date.now() >= until) return job;
      await sleep(Math.min(250, Math.max(0, until - Date.now())));
    }
  }

  /**
   * The old synchronous answer for `?wait=N`: the roster (as the endpoint always answered) or the
   * error the solve ended with; null when the job is still going after N seconds.
   */
  async outcome(user: AuthUser, job: SolveJob, seconds: number) {
    const done = await this.waitFor(job.id, seconds);
    if (!TERMINAL.has(done.status)) return null;
    if (done.status === 'failed' || (done.status === 'cancelled' && !done.rosterId)) {
      throw failureError(done.failure);
    }
    const roster = await this.rosters.get(user, done.rosterId!);
    if (done.kind !== 'amend') return roster;
    const version = await this.rosters.publishedVersion(roster.id, roster.publishedVersion);
    return { ...roster, changes: version?.changes ?? [] };
  }
}
