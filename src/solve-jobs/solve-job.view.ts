import type { SolveJob, SolveJobStatus } from './solve-job.entity.js';

export const TERMINAL: ReadonlySet<SolveJobStatus> = new Set(['succeeded', 'failed', 'cancelled']);

export interface SolveJobView {
  id: string;
  kind: SolveJob['kind'];
  unitId: string;
  month: string;
  status: SolveJobStatus;
  /** Jobs ahead of this one in the shared queue (queued jobs only). */
  queuePosition: number | null;
  attempt: number;
  rosterId: string | null;
  requestedBy: string;
  progress: SolveJob['progress'];
  /** The best roster found so far (the month's duties), while running or when kept. */
  best: SolveJob['best'];
  cancelRequested: boolean;
  keptBest: boolean;
  failure: SolveJob['failure'];
  revision: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export function toJobView(job: SolveJob, queuePosition: number | null, withBest = true) {
  return {
    id: job.id,
    kind: job.kind,
    unitId: job.unitId,
    month: job.month,
    status: job.status,
    queuePosition: job.status === 'queued' ? queuePosition : null,
    attempt: job.attempt,
    rosterId: job.rosterId,
    requestedBy: job.requestedBy.username,
    progress: job.progress,
    best: withBest ? job.best : null,
    cancelRequested: job.cancelRequested,
    keptBest: job.keptBest,
    failure: job.failure,
    revision: job.revision,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  } satisfies SolveJobView;
}

/** What the office reads after a stop (zh-CN). */
export function cancelMessage(job: SolveJob): string {
  if (job.status !== 'cancelled') {
    return job.status === 'succeeded'
      ? '计算已在停止前完成，结果已保存'
      : job.status === 'failed'
        ? '计算已结束（失败），没有可保存的结果'
        : '已请求停止，正在等待计算线程结束';
  }
  if (!job.keptBest) return '已停止；尚未找到可用的排班，未保存任何结果';
  return job.kind === 'amend'
    ? '已停止，并采用当前找到的最好结果发布了新版本'
    : '已停止，当前找到的最好结果已保存为草稿';
}
