import type { ComponentChildren } from 'preact';
import type { Finding } from '../api/types.js';

/** A message that screen readers announce as it appears. */
export function Alert({
  kind,
  children,
  onDismiss,
}: {
  kind: 'error' | 'warning' | 'success' | 'info';
  children: ComponentChildren;
  onDismiss?: () => void;
}) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class="alert-body">{children}</div>
      {onDismiss && (
        <button type="button" class="icon-button" aria-label="关闭提示" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

export function FindingList({ findings, names }: { findings: Finding[]; names?: boolean }) {
  if (findings.length === 0) return null;
  return (
    <ul class="finding-list">
      {findings.map((f, i) => (
        <li key={i} class={`finding finding-${f.severity}`}>
          <span class="finding-mark" aria-hidden="true">
            {f.severity === 'error' ? '✖' : '⚠'}
          </span>
          <span class="visually-hidden">{f.severity === 'error' ? '错误：' : '提醒：'}</span>
          {names !== false && f.rule ? <strong>{f.ruleName}</strong> : null}
          {names !== false && f.rule ? '：' : null}
          {f.message}
        </li>
      ))}
    </ul>
  );
}
