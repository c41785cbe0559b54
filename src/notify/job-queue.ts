import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { NotifyConfig } from './notify.config.js';

export const DELIVER_QUEUE = 'notify-deliver';
export const PLAN_QUEUE = 'notify-plan';

export interface DeliverJob {
  notificationId: string;
  revision: number;
}

/** Job id of one notification revision: enqueueing it twice is a no-op (ON CONFLICT DO NOTHING). */
export function jobIdFor(notificationId: string, revision: number): string {
  const h = createHash('sha1').update(`${notificationId}#${revision}`).digest('hex');
  // Formatted as a version-5 style UUID, which is what pg-boss's id column takes.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Lets pg-boss write its job rows through a TypeORM transaction, so they commit with ours. */
export function txDb(tx: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const res = await tx.queryRunner!.query(text, values, true);
      return { rows: res.records };
    },
  };
}

export const INSTANCE = `${hostname()}/${process.pid}`;

/**
 * pg-boss on the service's PostgreSQL (schema pgboss), with its own small pool. Started once per
 * process; stopped in onModuleDestroy so no timer or connection outlives the application.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private boss: PgBoss | null = null;

  async start(databaseUrl: string, config: NotifyConfig, logger: Logger): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      application_name: 'reception-roster-jobs',
      max: Math.max(2, Math.min(10, config.NOTIFY_BATCH_SIZE)),
      schema: 'pgboss',
      // Expired (killed worker) jobs go back to the queue within this interval.
      maintenanceIntervalSeconds: config.NOTIFY_MAINTENANCE_SECONDS,
      // Cron ticks need schedule + supervise; a process without a worker still runs maintenance.
      supervise: true,
      schedule: config.NOTIFY_WORKER,
      archiveCompletedAfterSeconds: 3600,
    });
    boss.on('error', (err: Error) => logger.error({ err: err.message }, 'pg-boss error'));
    await boss.start();
    const queueOptions = {
      retryLimit: config.NOTIFY_MAX_ATTEMPTS + 2,
      retryDelay: config.NOTIFY_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: config.NOTIFY_LEASE_SECONDS,
    };
    for (const name of [DELIVER_QUEUE, PLAN_QUEUE]) {
      // createQueue is not idempotent under concurrent replicas: a lost race is fine.
      if (!(await boss.getQueue(name))) {
        await boss.createQueue(name, { name, ...queueOptions }).catch(async (err: Error) => {
          if (!(await boss.getQueue(name))) throw err;
        });
      }
    }
    this.boss = boss;
    return boss;
  }

  get instance(): PgBoss {
    if (!this.boss) throw new Error('job queue not started');
    return this.boss;
  }

  get started(): boolean {
    return this.boss !== null;
  }

  /** Enqueues deliveries inside the caller's transaction; a job already queued is left alone. */
  async enqueue(
    tx: EntityManager,
    jobs: ReadonlyArray<DeliverJob & { startAfter: Date }>,
  ): Promise<void> {
    if (!jobs.length) return;
    const boss = this.instance;
    for (let i = 0; i < jobs.length; i += 500) {
      await boss.insert(
        jobs.slice(i, i + 500).map((j) => ({
          id: jobIdFor(j.notificationId, j.revision),
          name: DELIVER_QUEUE,
          data: { notificationId: j.notificationId, revision: j.revision },
          singletonKey: j.notificationId,
          startAfter: j.startAfter,
        })),
        { db: txDb(tx) },
      );
    }
  }

  /** Extra jobs for rows whose job went missing (random ids: never conflicts with the first). */
  async enqueueFresh(
    tx: EntityManager,
    jobs: ReadonlyArray<DeliverJob & { startAfter: Date }>,
  ): Promise<void> {
    if (!jobs.length) return;
    await this.instance.insert(
      jobs.map((j) => ({
        name: DELIVER_QUEUE,
        data: { notificationId: j.notificationId, revision: j.revision },
        singletonKey: j.notificationId,
        startAfter: j.startAfter,
      })),
      { db: txDb(tx) },
    );
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // graceful: in-flight deliveries finish (or time out) before the pool closes.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
