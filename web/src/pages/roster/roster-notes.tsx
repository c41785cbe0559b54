/** The notes around the roster grid: the banner, the month's counts, range findings, the legend. */
import type { Finding, Roster } from '../../api/types.js';
import { STATUS_NAMES } from '../../labels.js';
import { linkClick } from '../../router.js';
import { Alert, FindingList } from '../../ui/common.js';
import type { Banner } from './roster-outcomes.js';

export function BannerAlert({ banner, onDismiss }: { banner: Banner; onDismiss: () => void }) {
  return (
    <Alert kind={banner.kind} onDismiss={onDismiss}>
      <p>{banner.text}</p>
      {banner.findings && <FindingList findings={banner.findings} />}
      {banner.diagnosis && banner.diagnosis.length > 0 && (
        <ul>
          {banner.diagnosis.map((d, i) => (
            <li key={i}>{d.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/**
 * Why a month cannot be planned yet: administrators get a link to the page that confirms the
 * year; everyone else reads the service's message, which says to ask the administrator.
 */
export function HolidaysNotConfirmed(props: {
  year: number;
  message: string;
  canConfirm: boolean;
}) {
  const { year, message, canConfirm } = props;
  if (!canConfirm) return <Alert kind="error">{message}</Alert>;
  const href = `/holidays?year=${year}`;
  return (
    <Alert kind="error">
      <p>{year} 年节假日安排尚未确认，确认之前无法为该年的月份排班。</p>
      <p>
        <a href={href} onClick={(e) => linkClick(e, href)}>
          前往“节假日安排”确认 {year} 年安排
        </a>
      </p>
    </Alert>
  );
}

/** Why the month could not be loaded: its year's holidays not confirmed, or the service's words. */
export function LoadProblem(props: {
  error: string | null;
  unconfirmedYear: number | null;
  canConfirm: boolean;
}) {
  const { error, unconfirmedYear } = props;
  if (!error) return null;
  if (unconfirmedYear === null) return <Alert kind="error">{error}</Alert>;
  return (
    <HolidaysNotConfirmed year={unconfirmedYear} message={error} canConfirm={props.canConfirm} />
  );
}

/** The roster's status beside the page title, with the version last published. */
export function StatusBadge({ roster }: { roster: Roster }) {
  return (
    <span class={`status status-${roster.status}`}>
      {STATUS_NAMES[roster.status]}
      {roster.publishedVersion > 0 ? ` · 已发布第 ${roster.publishedVersion} 版` : ''}
    </span>
  );
}

/** A month without a roster: readers wait for it; editors are told how to begin (unless solving). */
export function NoRoster({ editor, solving }: { editor: boolean; solving: boolean }) {
  if (!editor) return <Alert kind="info">本月接访安排尚未发布。</Alert>;
  if (solving) return null;
  return (
    <Alert kind="info">
      本月尚未排班。请先在“领导”页登记领导不可参加的日期，再点击“生成排班”。
    </Alert>
  );
}

export function SummaryLine({ roster }: { roster: Roster }) {
  const errors = roster.findings.filter((f) => f.severity === 'error').length;
  return (
    <div class="summary-line">
      <span>共 {roster.assignments.length} 个接访安排</span>
      <span class={errors ? 'count-error' : ''}>错误 {errors}</span>
      <span class="count-warning">提醒 {roster.findings.length - errors}</span>
      <span>固定 {roster.assignments.filter((a) => a.pinned).length}</span>
    </div>
  );
}

/** Rules over a range (the month, its quarter, a special period across months). */
export function WindowFindings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <details
      class="month-findings window-findings"
      open={findings.some((f) => f.severity === 'error')}
    >
      <summary>整月及跨月规则（本月、所在季度、特护期）问题（{findings.length}）</summary>
      <FindingList findings={findings} />
      <p class="muted small">
        季度和特护期的规则计入前后月份已有的安排（已发布的按发布版本，未发布的按草稿）。
      </p>
    </details>
  );
}

const LEGEND: Array<[string, string]> = [
  ['swatch kind-weekend', '周末'],
  ['swatch kind-holiday', '法定节假日'],
  ['swatch kind-makeup_workday', '调休上班'],
  ['swatch in-period', '特护期'],
  ['swatch on-call', '值班：特护期 24 小时在岗值班'],
  ['swatch has-error', '违反硬性规则'],
  ['swatch has-warning', '提醒'],
];

export function Legend() {
  return (
    <ul class="legend" aria-label="图例">
      {LEGEND.map(([swatch, label]) => (
        <li key={swatch}>
          <span class={swatch} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
