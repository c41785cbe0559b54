import { useEffect, useState } from 'preact/hooks';

/** Shown while the solver works: elapsed time, an indeterminate bar and a cancel button. */
export function SolveProgress({
  label,
  startedAt,
  onCancel,
}: {
  label: string;
  startedAt: number;
  onCancel: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const seconds = Math.floor((now - startedAt) / 1000);
  return (
    <div class="solve-progress" role="status" aria-live="polite">
      <div class="solve-text">
        <span class="spinner" aria-hidden="true" />
        {label}，已用 {seconds} 秒（通常不超过 20 秒）
      </div>
      <div class="progress-bar" aria-hidden="true">
        <span />
      </div>
      <button type="button" onClick={onCancel}>
        取消计算
      </button>
    </div>
  );
}
