import type { SolveJob } from '../../api/types.js';
import { JOB_KIND_NAMES, JOB_STATUS_NAMES } from './solve-job.js';

const time = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });

function outcome(j: SolveJob): string {
  if (j.status === 'failed') return j.failure?.message ?? '';
  if (j.status === 'cancelled')
    return j.keptBest ? '已停止，保留了当时最好的结果' : '已停止，未保存';
  if (j.status === 'succeeded' && j.progress) return `用时 ${Math.round(j.progress.seconds)} 秒`;
  if (j.status === 'queued') return `第 ${j.queuePosition ?? '?'} 位`;
  return '';
}

/** 最近的排班计算: the unit's recent solve jobs, newest first. */
export function RecentJobs({ jobs }: { jobs: SolveJob[] }) {
  if (jobs.length === 0) return null;
  return (
    <section class="recent-jobs" aria-labelledby="recent-jobs-title">
      <h2 id="recent-jobs-title">最近的排班计算</h2>
      <table>
        <thead>
          <tr>
            <th>提交时间</th>
            <th>月份</th>
            <th>操作</th>
            <th>提交人</th>
            <th>状态</th>
            <th>结果</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id} class={`job-${j.status}`}>
              <td>{time(j.createdAt)}</td>
              <td>{j.month}</td>
              <td>{JOB_KIND_NAMES[j.kind]}</td>
              <td>{j.requestedBy}</td>
              <td>{JOB_STATUS_NAMES[j.status]}</td>
              <td>{outcome(j)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
