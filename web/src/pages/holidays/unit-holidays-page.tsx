import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import { useSigned } from '../../auth.js';
import { nextMonth } from '../../dates.js';
import { formatDateTime } from '../../labels.js';
import { linkClick } from '../../router.js';
import { Alert, Loading, YearSteps } from '../../ui/common.js';
import { ArrangementTable } from './arrangement-table.js';
import type { UnitYearState } from '../../api/types.js';
import { sourceName } from './holiday-data.js';
import { YearEditor } from './year-editor.js';

const isYear = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2099;

/**
 * 节假日安排 for a unit's office: a year the administrator has not confirmed yet can be confirmed
 * for this unit from the State Council's notice pasted as published, so its months can be
 * planned; once the administrator confirms the year, that arrangement applies instead.
 */
export function UnitHolidaysPage({ query }: { query: URLSearchParams }) {
  const { unit } = useSigned();
  const asked = Number(query.get('year'));
  const year = isYear(asked) ? asked : Number(nextMonth().slice(0, 4));
  const [state, setState] = useState<UnitYearState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [redo, setRedo] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    setState(null);
    api<UnitYearState>(`/units/${unit.id}/calendar/years/${year}`)
      .then(setState)
      .catch((err: unknown) => setError(errorText(err)));
  }, [unit.id, year, reload]);

  const rosterHref = `/roster?month=${year}-01`;
  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">{year}年节假日安排（本单位）</h1>
        <YearSteps year={year} path="/holidays" />
      </div>
      <p class="muted">
        排班按国务院办公厅公布的节假日安排区分工作日、法定节假日和调休上班日。系统管理员尚未确认某年安排时，本单位两办可粘贴通知原文，为
        {unit.name}先行确认；管理员确认后以管理员的安排为准。
      </p>
      {error && <Alert kind="error">{error}</Alert>}
      {message && (
        <Alert kind="success" onDismiss={() => setMessage(null)}>
          <p>{message}</p>
          <p>
            <a href={rosterHref} onClick={(e) => linkClick(e, rosterHref)}>
              返回月度排班
            </a>
          </p>
        </Alert>
      )}
      {!state && !error && <Loading />}
      {state && state.confirmedBy === 'national' && (
        <Alert kind="info">
          {year} 年安排已由系统管理员确认（{sourceName(state.source)}
          {state.confirmedAt ? `，${formatDateTime(state.confirmedAt)}` : ''}），全市各单位通用。
        </Alert>
      )}
      {state && state.confirmedBy === 'unit' && (
        <Alert kind="info">
          {year} 年安排由本单位两办确认（{sourceName(state.source)}
          {state.confirmedAt ? `，${formatDateTime(state.confirmedAt)}` : ''}
          ），仅用于本单位，系统管理员确认后以管理员的安排为准。
        </Alert>
      )}
      {state && state.confirmedBy !== 'none' && (
        <ArrangementTable
          holidays={state.holidays}
          makeupWorkdays={state.makeupWorkdays}
          caption={`${year} 年安排`}
        />
      )}
      {state && state.confirmedBy === 'unit' && !redo && (
        <button type="button" onClick={() => setRedo(true)}>
          重新粘贴更正
        </button>
      )}
      {state && (state.confirmedBy === 'none' || (state.confirmedBy === 'unit' && redo)) && (
        <>
          {state.confirmedBy === 'none' && (
            <Alert kind="warning">系统管理员尚未确认 {year} 年节假日安排，本单位可先行确认。</Alert>
          )}
          <YearEditor
            key={`${year}-${reload}`}
            year={year}
            unitId={unit.id}
            packageSource="chinese-days"
            packageHasYear={state.packageHasYear}
            current={null}
            rosters={0}
            basePath={`/units/${unit.id}/calendar/years`}
            onCancel={redo ? () => setRedo(false) : undefined}
            onConfirmed={(text) => {
              setRedo(false);
              setMessage(`${text}（仅本单位）`);
              setReload((r) => r + 1);
            }}
          />
        </>
      )}
    </section>
  );
}
