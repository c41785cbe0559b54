import { api, apiEvents } from '../../api/client.js';
import type { Diagnosis, SolveJob } from '../../api/types.js';

const ended = (j: SolveJob) => ['succeeded', 'failed', 'cancelled'].includes(j.status);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Follows a solve job to its end: Server-Sent Events while they flow, polling when the stream
 * cannot be opened or breaks off (a proxy that buffers, a dropped connection).
 */
export async function followJob(
  id: string,
  onUpdate: (job: SolveJob) => void,
  signal: AbortSignal,
): Promise<SolveJob> {
  let last: SolveJob | null = null;
  try {
    await apiEvents(
      `/solve-jobs/${id}/events`,
      (_event, data) => {
        last = data as SolveJob;
        onUpdate(last);
      },
      signal,
    );
  } catch (err) {
    if (signal.aborted) throw err;
  }
  while (!last || !ended(last)) {
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    if (last) await sleep(1000);
    last = await api<SolveJob>(`/solve-jobs/${id}`, { signal });
    onUpdate(last);
  }
  return last;
}

export const JOB_KIND_NAMES: Record<SolveJob['kind'], string> = {
  generate: '生成排班',
  resolve: '重新求解',
  amend: '修订重排',
};

export const JOB_STATUS_NAMES: Record<SolveJob['status'], string> = {
  queued: '排队中',
  running: '计算中',
  succeeded: '已完成',
  failed: '失败',
  cancelled: '已停止',
};

/** Why a month has no roster: a failed solve's details.diagnosis (ROSTER_INFEASIBLE), if any. */
export function diagnosisOf(failure: SolveJob['failure']): Diagnosis[] {
  const diagnosis = failure?.details?.diagnosis;
  return Array.isArray(diagnosis) ? (diagnosis as Diagnosis[]) : [];
}
