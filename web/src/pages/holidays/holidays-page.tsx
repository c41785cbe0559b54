import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import { useSigned } from '../../auth.js';
import { formatDateTime } from '../../labels.js';
import { navigate } from '../../router.js';
import { Alert, Loading, Note, YearSteps } from '../../ui/common.js';
import { ArrangementTable } from './arrangement-table.js';
import type { HolidayStatus, YearDetail, YearState } from '../../api/types.js';
import { sourceName } from './holiday-data.js';
import { YearEditor } from './year-editor.js';
import { DataTable } from '../../ui/table.js';

const isYear = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2099;

/** The year to open: the first of this and next year still unconfirmed, else next year. */
function defaultYear(status: HolidayStatus): number {
  const soon = [status.currentYear, status.currentYear + 1];
  return (
    soon.find((y) => !status.years.find((s) => s.year === y)?.confirmed) ?? status.currentYear + 1
  );
}

/**
 * 节假日安排 (administrators): which years' national holiday arrangement is confirmed, and
 * confirming or correcting one from the package or the State Council notice pasted as text.
 * No month of an unconfirmed year can be planned.
 */
export function HolidaysPage({ query }: { query: URLSearchParams }) {
  const [status, setStatus] = useState<HolidayStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  // Every navigation (a menu click, another year) gives a new query object: re-read then, since
  // rosters may have been generated in another tab meanwhile.
  useEffect(() => {
    api<HolidayStatus>('/calendar/holiday-status')
      .then(setStatus)
      .catch((err: unknown) => setError(errorText(err)));
  }, [reload, query]);

  if (error) return <Alert kind="error">{error}</Alert>;
  if (!status) return <Loading />;

  const asked = Number(query.get('year'));
  const year = isYear(asked) ? asked : defaultYear(status);
  const state = status.years.find((y) => y.year === year);
  const open = (y: number) => {
    setMessage(null);
    navigate(`/holidays?year=${y}`);
  };

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">节假日安排</h1>
      </div>
      <p class="muted">
        排班按国务院办公厅公布的节假日安排区分工作日、法定节假日和调休上班日。某年的安排须由系统管理员确认后，才能为该年的月份排班。今天是{' '}
        {status.today}（北京时间）。
      </p>
      <UpcomingWarnings status={status} onOpen={open} />
      <Note text={message} onDismiss={() => setMessage(null)} />
      <YearsTable status={status} selected={year} onOpen={open} />
      <YearPanel
        key={`${year}-${reload}`}
        year={year}
        state={state}
        packageSource={status.packageSource}
        onConfirmed={(text) => {
          setMessage(text);
          setReload((n) => n + 1);
        }}
      />
    </section>
  );
}

function UpcomingWarnings({
  status,
  onOpen,
}: {
  status: HolidayStatus;
  onOpen: (year: number) => void;
}) {
  const missing = status.years.filter(
    (y) => !y.confirmed && (y.year === status.currentYear || y.year === status.currentYear + 1),
  );
  return (
    <>
      {missing.map((y) => (
        <Alert key={y.year} kind={y.year === status.currentYear ? 'error' : 'warning'}>
          <p>
            <strong>{y.year} 年节假日安排尚未确认</strong>：确认之前，两办无法为 {y.year}{' '}
            年的任何月份排班（包括 1 月）。
            {y.packageHasYear
              ? `节假日数据包（${status.packageSource}）已有该年安排，可预览后确认。`
              : `节假日数据包（${status.packageSource}）尚无该年安排，请按国务院办公厅通知粘贴导入。`}
          </p>
          <button type="button" onClick={() => onOpen(y.year)}>
            确认 {y.year} 年安排
          </button>
        </Alert>
      ))}
    </>
  );
}

function YearsTable({
  status,
  selected,
  onOpen,
}: {
  status: HolidayStatus;
  selected: number;
  onOpen: (year: number) => void;
}) {
  return (
    <DataTable
      class="holiday-years"
      caption="各年度节假日安排"
      columns={[
        '年份',
        '状态',
        '来源',
        '确认时间',
        '确认人',
        '放假天数',
        '调休上班',
        '已有班表',
        '操作',
      ]}
    >
      {status.years.map((y) => (
        <tr key={y.year} class={y.year === selected ? 'selected' : undefined}>
          <th scope="row">
            {y.year}年{y.year === status.currentYear && <span class="muted small">（本年）</span>}
            {y.year === status.currentYear + 1 && <span class="muted small">（明年）</span>}
          </th>
          <td>
            {y.confirmed ? (
              <span class="status status-published">已确认</span>
            ) : (
              <span class="status status-unconfirmed">未确认</span>
            )}
          </td>
          <td>
            {y.confirmed
              ? sourceName(y.source)
              : y.packageHasYear
                ? '数据包已有该年安排'
                : '数据包尚无该年安排'}
          </td>
          <td>{y.confirmedAt ? formatDateTime(y.confirmedAt) : '—'}</td>
          <td>{y.confirmedByName ?? (y.confirmed ? '系统初始化' : '—')}</td>
          <td>{y.confirmed ? y.holidays : '—'}</td>
          <td>{y.confirmed ? y.makeupWorkdays : '—'}</td>
          <td>{y.rosters > 0 ? `${y.rosters} 份（已发布 ${y.publishedRosters}）` : '—'}</td>
          <td>
            <button
              type="button"
              class="link-button"
              // The year in the name, not in a visually hidden span: an absolutely placed span
              // escapes the table's scroll box and widens the page on phones.
              aria-label={`${y.confirmed ? '查看或更正' : '确认'} ${y.year}年`}
              aria-current={y.year === selected ? 'true' : undefined}
              onClick={() => onOpen(y.year)}
            >
              {y.confirmed ? '查看或更正' : '确认'}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function YearPanel({
  year,
  state,
  packageSource,
  onConfirmed,
}: {
  year: number;
  /** Undefined for a year outside the status list (opened through ?year=). */
  state: YearState | undefined;
  packageSource: string;
  onConfirmed: (message: string) => void;
}) {
  const { unit } = useSigned();
  const confirmed = state?.confirmed ?? false;
  const [detail, setDetail] = useState<YearDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(!confirmed);
  // The status may arrive after the panel (it is re-read on every visit and after a confirmation):
  // an unconfirmed year opens its editor, a confirmed one its arrangement.
  useEffect(() => setEditing(!confirmed), [confirmed]);

  useEffect(() => {
    if (!confirmed) return;
    api<YearDetail>(`/calendar/years/${year}`)
      .then(setDetail)
      .catch((err: unknown) => setError(errorText(err)));
  }, [year, confirmed]);

  return (
    <section class="panel holiday-year" aria-labelledby="year-title">
      <div class="page-head">
        <h2 id="year-title">
          {year}年{confirmed ? '节假日安排' : '节假日安排（未确认）'}
        </h2>
        <YearSteps year={year} path="/holidays" />
      </div>
      {error && <Alert kind="error">{error}</Alert>}
      {confirmed && !detail && !error && <Loading />}
      {detail && (
        <>
          <dl class="detail-list">
            <dt>来源</dt>
            <dd>{sourceName(detail.source)}</dd>
            <dt>确认时间</dt>
            <dd>{formatDateTime(detail.confirmedAt)}</dd>
            <dt>确认人</dt>
            <dd>{detail.confirmedByName ?? '系统初始化'}</dd>
            <dt>已有班表</dt>
            <dd>
              {state && state.rosters > 0
                ? `${state.rosters} 份（已发布 ${state.publishedRosters} 份）`
                : '无'}
            </dd>
          </dl>
          <ArrangementTable holidays={detail.holidays} makeupWorkdays={detail.makeupWorkdays} />
          {!editing && (
            <div class="actions">
              <button type="button" onClick={() => setEditing(true)}>
                更正 {year} 年安排…
              </button>
            </div>
          )}
        </>
      )}
      {editing && (!confirmed || detail) && (
        <YearEditor
          year={year}
          unitId={unit.id}
          packageSource={packageSource}
          packageHasYear={state ? state.packageHasYear : null}
          current={detail}
          rosters={state?.rosters ?? 0}
          onCancel={confirmed ? () => setEditing(false) : undefined}
          onConfirmed={onConfirmed}
        />
      )}
    </section>
  );
}
