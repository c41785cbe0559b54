import type { ComponentChildren } from 'preact';
import type { Finding } from '../api/types.js';
import { addMonths, isMonth } from '../dates.js';
import { navigate } from '../router.js';
import { MonthField } from './form.js';

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

/** A confirmation the clerk may dismiss (what was just saved); nothing while there is none. */
export function Note({ text, onDismiss }: { text: string | null; onDismiss: () => void }) {
  if (!text) return null;
  return (
    <Alert kind="success" onDismiss={onDismiss}>
      {text}
    </Alert>
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

/** Previous/next page of a list answered with {total} and fetched by offset. */
export function Pager(props: {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  unit: string;
  onOffset: (offset: number) => void;
}) {
  const { offset, shown, total, pageSize, unit, onOffset } = props;
  return (
    <div class="toolbar pager" role="group" aria-label="翻页">
      <span>
        第 {offset + 1}–{offset + shown} {unit}，共 {total} {unit}
      </span>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - pageSize))}
      >
        上一页
      </button>
      <button
        type="button"
        disabled={offset + shown >= total}
        onClick={() => onOffset(offset + pageSize)}
      >
        下一页
      </button>
    </div>
  );
}

/** The year before and the year after, as buttons that open `path?year=…`. */
export function YearSteps({ year, path }: { year: number; path: string }) {
  return (
    <div class="toolbar" role="group" aria-label="年份">
      <button type="button" onClick={() => navigate(`${path}?year=${year - 1}`)}>
        ‹ {year - 1}年
      </button>
      <button type="button" onClick={() => navigate(`${path}?year=${year + 1}`)}>
        {year + 1}年 ›
      </button>
    </div>
  );
}

/** Previous month, a month input, next month. */
export function MonthPicker({
  month,
  onMonth,
}: {
  month: string;
  onMonth: (month: string) => void;
}) {
  return (
    <div class="toolbar" role="group" aria-label="月份">
      <button type="button" onClick={() => onMonth(addMonths(month, -1))}>
        ‹ 上月
      </button>
      <MonthField label="月份" value={month} onMonth={(m) => isMonth(m) && onMonth(m)} />
      <button type="button" onClick={() => onMonth(addMonths(month, 1))}>
        下月 ›
      </button>
    </div>
  );
}

/** A page's titled part; `id` names its heading, which names the part. */
export function Panel(props: {
  id: string;
  title: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}
