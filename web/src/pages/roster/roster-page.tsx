import { useState } from 'preact/hooks';
import type { Roster } from '../../api/types.js';
import { canConfirmHolidays, useSigned } from '../../auth.js';
import { pageMonth } from '../../month-memory.js';
import { monthName } from '../../labels.js';
import { navigate } from '../../router.js';
import { Loading, MonthPicker } from '../../ui/common.js';
import { AbsenceDialog } from '../leaders/absence-dialog.js';
import { JobQueues } from './job-queues.js';
import { MonthGrid } from './month-grid.js';
import { RecentJobs } from './recent-jobs.js';
import { OfficeRequests } from './requests-panel.js';
import { RosterDialogs } from './roster-dialogs.js';
import {
  BannerAlert,
  Legend,
  LoadProblem,
  NoRoster,
  StatusBadge,
  SummaryLine,
  WindowFindings,
} from './roster-notes.js';
import { splitFindings } from './roster-outcomes.js';
import { RosterToolbar } from './roster-toolbar.js';
import { SolveProgress } from './solve-progress.js';
import { useRosterPage } from './use-roster-page.js';

/** 月度排班: the month grid and everything office staff do to it. */
export function RosterPage({ query }: { query: URLSearchParams }) {
  const { me, unit } = useSigned();
  const month = pageMonth(query.get('month'));
  const page = useRosterPage(unit.id, me, month);
  const { editor, banner, setBanner, loaded, solves, modal, edits, publishing } = page;
  const { days, leaders, leaderMap, roster } = loaded;
  const [absenceOpen, setAbsenceOpen] = useState(false);

  const solving = solves.solving;
  const findings = splitFindings(roster?.findings ?? [], month);
  const handlingRequests = !!roster && roster.publishedVersion > 0 && editor;

  return (
    <section class="page roster-page" aria-labelledby="page-title">
      <RosterHead month={month} roster={roster} />

      {loaded.loading && <Loading />}
      <LoadProblem
        error={loaded.loadError}
        unconfirmedYear={loaded.unconfirmedYear}
        canConfirm={canConfirmHolidays(me.role) || me.role === 'office'}
      />

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

          {!roster && <NoRoster editor={editor} solving={!!solving} />}

          {handlingRequests && (
            <OfficeRequests
              unitId={unit.id}
              me={me}
              leaders={leaders}
              rosterChanged={() => void loaded.reloadRoster()}
            />
          )}

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
            absences={page.absences}
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
          onSaved={(text) => {
            setAbsenceOpen(false);
            return page.absencesSaved(text);
          }}
        />
      )}
    </section>
  );
}

/** The month's title with the roster's status, and the step to another month. */
function RosterHead({ month, roster }: { month: string; roster: Roster | null }) {
  return (
    <>
      <div class="page-head">
        <h1 id="page-title">{monthName(month)}接访排班</h1>
        {roster && <StatusBadge roster={roster} />}
      </div>
      <MonthPicker month={month} onMonth={(m) => navigate(`/roster?month=${m}`)} />
    </>
  );
}
