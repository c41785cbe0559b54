import { useEffect, useState } from 'preact/hooks';
import type { SolveJob } from '../../api/types.js';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * Shown while a solve job runs: its place in the queue, then the time used, the best roster's
 * penalty and its gap to the solver's proven bound (the bar fills as the gap closes; without a
 * gap yet it only moves), and a button that stops and keeps the best roster found so far.
 */
export function SolveProgress({
  label,
  startedAt,
  job,
  onStop,
}: {
  label: string;
  startedAt: number;
  job: SolveJob | null;
  onStop: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const p = job?.progress ?? null;
  const seconds = job?.status === 'running' && p ? p.seconds : Math.floor((now - startedAt) / 1000);
  const gap = job?.status === 'running' && p && p.gap !== null ? p.gap : null;
  const text =
    job?.status === 'queued'
      ? `${label}：排队中，前面还有 ${Math.max(0, (job.queuePosition ?? 1) - 1)} 个计算任务`
      : `${label}，已用 ${Math.floor(seconds)} 秒（最长 ${p?.limitSeconds ?? 20} 秒）`;
  return (
    <div class="solve-progress" role="status" aria-live="polite">
      <div class="solve-text">
        <span class="spinner" aria-hidden="true" />
        {text}
      </div>
      <div
        class={`progress-bar${gap === null ? '' : ' determinate'}`}
        role="progressbar"
        aria-label="与最优方案的接近程度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={gap === null ? undefined : Math.round((1 - gap) * 100)}
      >
        <span style={gap === null ? undefined : { width: percent(1 - gap) }} />
      </div>
      {p && p.objective !== null && (
        <div class="solve-gap">
          当前最好方案扣分 {p.objective}
          {gap !== null && `，距已证明的最优下界差距 ${percent(gap)}`}（已找到 {p.improvements}{' '}
          个更优方案）
        </div>
      )}
      <button type="button" onClick={onStop}>
        停止并采用当前结果
      </button>
    </div>
  );
}
