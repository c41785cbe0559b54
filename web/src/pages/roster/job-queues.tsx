import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { SolveJobQueues, Unit } from '../../api/types.js';
import { JOB_KIND_NAMES, JOB_STATUS_NAMES } from './solve-job.js';

/** 全部单位的排班计算 (administrators): waiting, running, and failed with the reason. */
export function JobQueues() {
  const [queues, setQueues] = useState<SolveJobQueues | null>(null);
  const [units, setUnits] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    const load = () =>
      api<SolveJobQueues>('/solve-jobs')
        .then((q) => live && setQueues(q))
        .catch(() => undefined);
    void api<Unit[]>('/units')
      .then((list) => live && setUnits(new Map(list.map((u) => [u.id, u.name]))))
      .catch(() => undefined);
    void load();
    const t = setInterval(() => void load(), 5000);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, []);
  if (!queues) return null;
  const c = queues.counts;
  return (
    <section class="recent-jobs" aria-labelledby="job-queues-title">
      <h2 id="job-queues-title">全部单位的排班计算</h2>
      <p>
        排队 {c.queued} 个，计算中 {c.running} 个，失败 {c.failed} 个（每个服务实例{' '}
        {queues.workersPerReplica} 个计算线程）
      </p>
      {queues.jobs.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>单位</th>
              <th>月份</th>
              <th>操作</th>
              <th>状态</th>
              <th>提交时间</th>
              <th>原因</th>
            </tr>
          </thead>
          <tbody>
            {queues.jobs.map((j) => (
              <tr key={j.id} class={`job-${j.status}`}>
                <td>{units.get(j.unitId) ?? j.unitId}</td>
                <td>{j.month}</td>
                <td>{JOB_KIND_NAMES[j.kind]}</td>
                <td>{JOB_STATUS_NAMES[j.status]}</td>
                <td>{new Date(j.createdAt).toLocaleString('zh-CN', { hour12: false })}</td>
                <td>{j.status === 'failed' ? (j.failure?.message ?? '') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
