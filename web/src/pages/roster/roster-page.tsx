import { useEffect, useState } from 'preact/hooks';
import { canConfirmHolidays, canEdit, useSigned } from '../../auth.js';
import { pageMonth } from '../../month-memory.js';
import { monthName, STATUS_NAMES } from '../../labels.js';
import { navigate } from '../../router.js';
import { Alert, Loading, MonthPicker } from '../../ui/common.js';
import { AbsenceDialog } from '../leaders/absence-dialog.js';
import { SEES_ABSENCES, useUnitAbsences } from './absence-strip.js';
import { JobQueues } from './job-queues.js';
import { MonthGrid } from './month-grid.js';
import { RecentJobs } from './recent-jobs.js';
import { RequestsPanel, UnconfirmedPanel } from './requests-panel.js';
import { RosterDialogs } from './roster-dialogs.js';
import {
  BannerAlert,
  HolidaysNotConfirmed,
  Legend,
  SummaryLine,
  WindowFindings,
} from './roster-notes.js';
import { absencesBanner, type Banner, splitFindings } from './roster-outcomes.js';
import { RosterToolbar } from './roster-toolbar.js';
import { SolveProgress } from './solve-progress.js';
import { useAssignmentEdit } from './use-assignment-edit.js';
import { usePublish } from './use-publish.js';
import { useRosterModal } from './use-roster-modal.js';
import { useRosterMonth } from './use-roster-month.js';
import { useSolve } from './use-solve.js';

/** 月度排班: the month grid and everything office staff do to it. */
export function RosterPage({ query }: { query: URLSearchParams }) {
  const { me, unit } = useSigned();
  const month = pageMonth(query.get('month'));
  const editor = canEdit(me.role);

  const [banner, setBanner] = useState<Banner | null>(null);
  useEffect(() => setBanner(null), [month, unit.id]);
  const loaded = useRosterMonth(unit.id, month, (stale) => solves.resume(stale));
  const { days, leaders, leaderMap, roster, setRoster } = loaded;
  const context = { roster, setRoster, setBanner };
  const solves = useSolve({ unitId: unit.id, month, editor, setRoster, setBanner });
  const modal = useRosterModal(context);
  const edits = useAssignmentEdit(context, modal, leaderMap);
  const publishing = usePublish(context, modal, month);
  /** Bumped when a request was filed or decided: the panels reload. */
  const [requestsRevision, setRequestsRevision] = useState(0);
  const { absences, reload: reloadAbsences } = useUnitAbsences(
    unit.id,
    month,
    SEES_ABSENCES.includes(me.role),
  );
  const [absenceOpen, setAbsenceOpen] = useState(false);

  const solving = solves.solving;
  const findings = splitFindings(roster?.findings ?? [], month);
  const handlingRequests = !!roster && roster.publishedVersion > 0 && editor;

  return (
    <section class="page roster-page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">{monthName(month)}接访排班</h1>
        {roster && (
          <span class={`status status-${roster.status}`}>
            {STATUS_NAMES[roster.status]}
            {roster.publishedVersion > 0 ? ` · 已发布第 ${roster.publishedVersion} 版` : ''}
          </span>
        )}
      </div>
      <MonthPicker month={month} onMonth={(m) => navigate(`/roster?month=${m}`)} />

      {loaded.loading && <Loading />}
      {loaded.loadError && loaded.unconfirmedYear === null && (
        <Alert kind="error">{loaded.loadError}</Alert>
      )}
      {loaded.loadError && loaded.unconfirmedYear !== null && (
        <HolidaysNotConfirmed
          year={loaded.unconfirmedYear}
          message={loaded.loadError}
          canConfirm={canConfirmHolidays(me.role) || me.role === 'office'}
        />
      )}

      {!loaded.loading && !loaded.loadError && days && (
        <>
          <RosterToolbar
            roster={roster}
            editor={editor}
            solving={!!solving}
            onGenerate={() => void solves.generate()}
            onResolve={() => roster && void solves.resolve(roster)}
            onPublish={() => void publishing.openPublish()}
            onAmend={() => modal.dispatch({ type: 'open', modal: { kind: 'amend', error: null } })}
            onAbsences={() => setAbsenceOpen(true)}
            onVersions={() => void publishing.openVersions()}
            onExport={() => void publishing.exportXlsx()}
            onNotice={() => void publishing.openNotice()}
          />

          {solving?.visible && (
            <SolveProgress
              label={`正在${solving.label}`}
              startedAt={solving.startedAt}
              job={solving.job}
              onStop={() => void solves.stop()}
            />
          )}

          {banner && <BannerAlert banner={banner} onDismiss={() => setBanner(null)} />}

          {!roster && !editor && <Alert kind="info">本月接访安排尚未发布。</Alert>}
          {!roster && editor && !solving && (
            <Alert kind="info">
              本月尚未排班。请先在“领导”页登记领导不可参加的日期，再点击“生成排班”。
            </Alert>
          )}

          {handlingRequests && (
            <RequestsPanel
              unitId={unit.id}
              me={me}
              leaders={leaders}
              revision={requestsRevision}
              changed={() => {
                void loaded.reloadRoster();
                setRequestsRevision((n) => n + 1);
              }}
            />
          )}
          {handlingRequests && <UnconfirmedPanel unitId={unit.id} revision={requestsRevision} />}

          {roster && <SummaryLine roster={roster} />}
          <WindowFindings findings={findings.window} />

          <Legend />
          <MonthGrid
            month={month}
            days={days}
            assignments={roster?.assignments ?? []}
            findings={findings.grid}
            leaders={leaderMap}
            rules={unit.rosterRules}
            editable={editor && !!roster && !solving}
            mine={me.leaderId}
            onEdit={edits.openEdit}
            onTogglePin={edits.togglePin}
            absences={absences}
          />
        </>
      )}

      {editor && <RecentJobs jobs={solves.jobs} />}
      {me.role === 'admin' && <JobQueues />}

      <RosterDialogs
        modal={modal.modal}
        roster={roster}
        days={days}
        leaders={leaders}
        leaderMap={leaderMap}
        busy={modal.busy}
        onEdit={(change) =>
          modal.modal?.kind === 'edit' && void edits.edit(modal.modal.assignment, change)
        }
        onPublish={(reason) => void publishing.publish(reason)}
        onAmend={(reason) => {
          modal.dispatch({ type: 'close' });
          if (roster) void solves.amend(roster, reason);
        }}
        onClose={() => modal.dispatch({ type: 'close' })}
      />
      {absenceOpen && (
        <AbsenceDialog
          unitId={unit.id}
          leaders={leaders}
          defaultFrom={`${month}-01`}
          onClose={() => setAbsenceOpen(false)}
          onSaved={async (text) => {
            setAbsenceOpen(false);
            reloadAbsences();
            // Duties already planned on those days now break a hard rule: show it on the grid.
            const before = roster;
            setBanner(absencesBanner(text, before, await loaded.reloadRoster()));
          }}
        />
      )}
    </section>
  );
}
