import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError, apiText, download, errorText } from '../../api/client.js';
import type {
  Assignment,
  CalendarDay,
  Diagnosis,
  DutyChange,
  EditedRoster,
  Finding,
  Leader,
  Roster,
  RosterSummary,
  RosterVersion,
  SolveJob,
} from '../../api/types.js';
import { canConfirmHolidays, canEdit, useSigned } from '../../auth.js';
import { pageMonth } from '../../month-memory.js';
import { DUTY_NAMES, monthName, shortDate, STATUS_NAMES } from '../../labels.js';
import { linkClick, navigate } from '../../router.js';
import { Alert, FindingList, Loading, MonthPicker } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { AbsenceDialog } from '../leaders/absence-dialog.js';
import { SEES_ABSENCES, useUnitAbsences } from './absence-strip.js';
import { AssignmentDialog, type AssignmentEdit } from './assignment-dialog.js';
import { pendingChanges, publishedDuties } from './cover.js';
import { MonthGrid } from './month-grid.js';
import { NoticeDialog } from './notice-dialog.js';
import { publishBlockers, PublishDialog } from './publish-dialog.js';
import { JobQueues } from './job-queues.js';
import { RecentJobs } from './recent-jobs.js';
import { diagnosisOf, followJob, JOB_KIND_NAMES } from './solve-job.js';
import { RequestsPanel, UnconfirmedPanel } from './requests-panel.js';
import { SolveProgress } from './solve-progress.js';
import { VersionsDialog } from './versions-dialog.js';

type Banner = {
  kind: 'error' | 'warning' | 'success' | 'info';
  text: string;
  findings?: Finding[];
  diagnosis?: Diagnosis[];
};

type Modal =
  | { kind: 'edit'; assignment: Assignment; error: string | null }
  | { kind: 'publish'; changes: DutyChange[] | null; error: string | null; blocking: Finding[] }
  | { kind: 'versions'; versions: RosterVersion[] | null }
  | { kind: 'amend'; error: string | null }
  | { kind: 'notice'; html: string };

/** 月度排班: the month grid and everything office staff do to it. */
export function RosterPage({ query }: { query: URLSearchParams }) {
  const { me, unit } = useSigned();
  const requested = query.get('month');
  const month = pageMonth(requested);
  const editor = canEdit(me.role);

  const [days, setDays] = useState<CalendarDay[] | null>(null);
  const [leaders, setLeaders] = useState<Leader[]>([]);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** The year whose holiday arrangement nobody has confirmed, when that is why loading failed. */
  const [unconfirmedYear, setUnconfirmedYear] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [modal, setModal] = useState<Modal | null>(null);
  const [busy, setBusy] = useState(false);
  const [solving, setSolving] = useState<{
    label: string;
    startedAt: number;
    visible: boolean;
    job: SolveJob | null;
  } | null>(null);
  /** Following the running job (or sending its request); aborting stops following only. */
  const abort = useRef<AbortController | null>(null);
  const jobId = useRef<string | null>(null);
  /** 停止 was pressed before the service answered with the job: stop it as soon as it does. */
  const stopWanted = useRef(false);
  const [jobs, setJobs] = useState<SolveJob[]>([]);
  const loadJobs = () =>
    editor
      ? api<SolveJob[]>(`/units/${unit.id}/solve-jobs`)
          .then((list) => {
            setJobs(list);
            return list;
          })
          .catch(() => [] as SolveJob[])
      : Promise.resolve([] as SolveJob[]);
  /** Bumped when a request was filed or decided: the panels reload. */
  const [requestsRevision, setRequestsRevision] = useState(0);

  const { absences, reload: reloadAbsences } = useUnitAbsences(
    unit.id,
    month,
    SEES_ABSENCES.includes(me.role),
  );
  const [absenceOpen, setAbsenceOpen] = useState(false);
  const leaderMap = useMemo(() => new Map(leaders.map((l) => [l.id, l])), [leaders]);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    setLoadError(null);
    setUnconfirmedYear(null);
    setBanner(null);
    setRoster(null);
    (async () => {
      const [cal, ls, list] = await Promise.all([
        api<CalendarDay[]>(`/units/${unit.id}/calendar?month=${month}`),
        api<Leader[]>(`/leaders?unitId=${unit.id}&includeInactive=true`),
        api<RosterSummary[]>(`/units/${unit.id}/rosters?month=${month}`),
      ]);
      const found = list.find((r) => r.month === month);
      const full = found ? await api<Roster>(`/rosters/${found.id}`) : null;
      if (stale) return;
      setDays(cal);
      setLeaders(ls.sort((a, b) => a.protocolOrder - b.protocolOrder));
      setRoster(full);
      // A solve for this month still going (started before a reload): follow it again.
      const active = (await loadJobs()).find(
        (j) => j.month === month && (j.status === 'queued' || j.status === 'running'),
      );
      if (active && !stale) void solve(JOB_KIND_NAMES[active.kind], async () => active);
    })()
      .catch((err: unknown) => {
        if (stale) return;
        setLoadError(errorText(err));
        // A month belongs to one year, so the unconfirmed year is the month's.
        if (err instanceof ApiError && err.code === 'HOLIDAYS_NOT_CONFIRMED') {
          setUnconfirmedYear(Number(month.slice(0, 4)));
        }
      })
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [month, unit.id]);

  // Leaving the page (or the month) stops following; the job itself goes on (recent jobs).
  useEffect(() => () => abort.current?.abort(), [month]);

  const goMonth = (m: string) => navigate(`/roster?month=${m}`);

  /** Reads a finished job: the roster it wrote, or why there is none. */
  const finished = async (label: string, job: SolveJob, startedAt: number) => {
    if (job.status === 'failed') {
      const f = job.failure;
      setBanner(
        f?.code === 'ROSTER_INFEASIBLE'
          ? { kind: 'error', text: f.message, diagnosis: diagnosisOf(f) }
          : { kind: 'error', text: f?.message ?? `${label}失败，请稍后重试` },
      );
      return;
    }
    if (!job.rosterId) {
      setBanner({ kind: 'info', text: `已取消${label}，班表未改变。` });
      return;
    }
    const result = await api<Roster>(`/rosters/${job.rosterId}`);
    setRoster(result);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    const rules = `${errors ? `有 ${errors} 处违反硬性规则，需处理后才能发布。` : ''}${
      warnings ? `有 ${warnings} 条提醒。` : ''
    }`;
    if (job.status === 'cancelled') {
      const gap = job.progress?.gap;
      setBanner({
        kind: 'warning',
        text: `已停止${label}，${
          job.kind === 'amend' ? '已采用当前最好结果并发布新版本' : '当前最好结果已保存为草稿'
        }${gap !== null && gap !== undefined ? `（距最优下界差距 ${Math.round(gap * 1000) / 10}%）` : ''}。${rules}`,
      });
      return;
    }
    setBanner({
      kind: errors ? 'warning' : 'success',
      text: `${label}完成，用时 ${result.solver?.seconds ?? Math.round((Date.now() - startedAt) / 100) / 10} 秒。${rules}`,
    });
  };

  /**
   * Starts a solve job (or follows one already running) with a progress panel after a moment and
   * a button that stops it keeping the best roster found so far.
   */
  const solve = async (label: string, start: (signal: AbortSignal) => Promise<SolveJob>) => {
    const controller = new AbortController();
    abort.current = controller;
    jobId.current = null;
    stopWanted.current = false;
    const startedAt = Date.now();
    setSolving({ label, startedAt, visible: false, job: null });
    const reveal = setTimeout(() => setSolving((s) => s && { ...s, visible: true }), 400);
    setBanner(null);
    try {
      const created = await start(controller.signal);
      jobId.current = created.id;
      // The request may reach the service after 停止 was pressed: the job exists, so stop it.
      if (stopWanted.current) void stop();
      setSolving((s) => s && { ...s, job: created });
      const job = await followJob(
        created.id,
        (j) => setSolving((s) => s && { ...s, job: j }),
        controller.signal,
      );
      await finished(label, job, startedAt);
    } catch (err) {
      if (controller.signal.aborted || (stopWanted.current && !jobId.current)) {
        // Left the page, or stopped and the request never reached the service: nothing changed.
        if (!jobId.current) setBanner({ kind: 'info', text: `已取消${label}，班表未改变。` });
      } else if (
        err instanceof ApiError &&
        err.code === 'ROSTER_EXISTS' &&
        typeof err.body.rosterId === 'string'
      ) {
        setRoster(await api<Roster>(`/rosters/${err.body.rosterId}`));
        setBanner({ kind: 'info', text: '本月排班已由他人生成，已为您打开。' });
      } else if (err instanceof ApiError && typeof err.body.jobId === 'string') {
        setBanner({ kind: 'info', text: `${err.message}（可在下方“最近的排班计算”查看）` });
      } else {
        setBanner({ kind: 'error', text: errorText(err) });
      }
    } finally {
      clearTimeout(reveal);
      if (abort.current === controller) abort.current = null;
      setSolving(null);
      void loadJobs();
    }
  };

  /** 停止并采用当前结果: the service keeps the best roster so far; the stream shows the end. */
  const stop = async () => {
    const id = jobId.current;
    if (!id) {
      // Not answered yet: aborting the request would not stop a job the service already made.
      stopWanted.current = true;
      return;
    }
    try {
      await api<SolveJob>(`/solve-jobs/${id}`, { method: 'DELETE' });
    } catch (err) {
      // 409: it ended meanwhile; the stream brings its result.
      if (!(err instanceof ApiError && err.status === 409))
        setBanner({ kind: 'error', text: errorText(err) });
    }
  };

  const generate = () =>
    solve('生成排班', (signal) =>
      api<SolveJob>(`/units/${unit.id}/rosters`, { method: 'POST', body: { month }, signal }),
    );
  const resolve = () =>
    roster &&
    solve('重新求解', (signal) =>
      api<SolveJob>(`/rosters/${roster.id}/solve`, {
        method: 'POST',
        body: { version: roster.version },
        signal,
      }),
    );

  /** A stale version means someone else changed the roster: reload it and say so. */
  const staleReload = async (err: unknown): Promise<boolean> => {
    if (err instanceof ApiError && err.code === 'VERSION_CONFLICT' && roster) {
      setRoster(await api<Roster>(`/rosters/${roster.id}`));
      setBanner({ kind: 'warning', text: '班表已被他人修改，已刷新为最新内容，请重新操作。' });
      setModal(null);
      return true;
    }
    return false;
  };

  const edit = async (a: Assignment, change: AssignmentEdit) => {
    if (!roster) return;
    if (Object.keys(change).filter((k) => k !== 'reason').length === 0) {
      setModal(null);
      return;
    }
    setBusy(true);
    try {
      const res = await api<EditedRoster>(`/rosters/${roster.id}/assignments/${a.id}`, {
        method: 'PATCH',
        body: { version: roster.version, ...change },
      });
      setRoster(res);
      setModal(null);
      const name = leaderMap.get(change.leaderId ?? a.leaderId)?.name ?? '';
      const where = `${shortDate(change.date ?? a.date)}${DUTY_NAMES[change.session ?? a.session]}`;
      const what =
        change.date || change.session || change.leaderId
          ? `已调整：${where} ${name}`
          : change.pinned
            ? `已固定：${where} ${name}`
            : `已取消固定：${where} ${name}`;
      setBanner(
        res.brokenRules.length
          ? {
              kind: res.brokenRules.some((f) => f.severity === 'error') ? 'error' : 'warning',
              text: `${what}。此调整违反以下规则：`,
              findings: res.brokenRules,
            }
          : { kind: 'success', text: `${what}。没有违反规则。` },
      );
    } catch (err) {
      if (await staleReload(err)) return;
      setModal((m) => (m?.kind === 'edit' ? { ...m, error: errorText(err) } : m));
      if (modal?.kind !== 'edit') setBanner({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const togglePin = (a: Assignment) => {
    // After publication every change needs a reason: ask for it in the dialog.
    if (roster && roster.publishedVersion > 0)
      setModal({ kind: 'edit', assignment: a, error: null });
    else void edit(a, { pinned: !a.pinned });
  };

  const openPublish = async () => {
    if (!roster) return;
    setModal({ kind: 'publish', changes: null, error: null, blocking: [] });
    try {
      const versions =
        roster.publishedVersion > 0
          ? await api<RosterVersion[]>(`/rosters/${roster.id}/versions`)
          : [];
      const changes = pendingChanges(roster.assignments, publishedDuties(versions));
      // The rules as the service will judge them on 确认发布 (other months may have moved since the
      // page loaded): a hard error is shown now, not after the click.
      const blocking = await publishBlockers(roster.id);
      setModal((m) => (m?.kind === 'publish' ? { ...m, changes, blocking } : m));
    } catch (err) {
      setModal((m) => (m?.kind === 'publish' ? { ...m, error: errorText(err), changes: [] } : m));
    }
  };

  const publish = async (reason: string) => {
    if (!roster) return;
    setBusy(true);
    try {
      const res = await api<Roster>(`/rosters/${roster.id}/publish`, {
        method: 'POST',
        body: { version: roster.version, ...(reason ? { reason } : {}) },
      });
      setRoster(res);
      setModal(null);
      setBanner({ kind: 'success', text: `已发布第 ${res.publishedVersion} 版。` });
    } catch (err) {
      if (await staleReload(err)) return;
      const blocking =
        err instanceof ApiError && Array.isArray(err.body.findings)
          ? (err.body.findings as Finding[])
          : [];
      setModal((m) => (m?.kind === 'publish' ? { ...m, error: errorText(err), blocking } : m));
    } finally {
      setBusy(false);
    }
  };

  const openVersions = async () => {
    if (!roster) return;
    setModal({ kind: 'versions', versions: null });
    try {
      const versions = await api<RosterVersion[]>(`/rosters/${roster.id}/versions`);
      setModal((m) => (m?.kind === 'versions' ? { ...m, versions } : m));
    } catch (err) {
      setModal(null);
      setBanner({ kind: 'error', text: errorText(err) });
    }
  };

  const amend = (reason: string) => {
    if (!roster) return;
    setModal(null);
    void solve('修订重排', (signal) =>
      api<SolveJob>(`/rosters/${roster.id}/amend`, { method: 'POST', body: { reason }, signal }),
    );
  };

  /** A refusal to print names the broken rules: list them under the message. */
  const refused = (err: unknown) =>
    setBanner({
      kind: 'error',
      text: errorText(err),
      ...(err instanceof ApiError && Array.isArray(err.body.findings)
        ? { findings: err.body.findings as Finding[] }
        : {}),
    });

  const openNotice = async () => {
    if (!roster) return;
    try {
      setModal({ kind: 'notice', html: await apiText(`/rosters/${roster.id}/notice`) });
    } catch (err) {
      refused(err);
    }
  };

  const exportXlsx = async () => {
    if (!roster) return;
    try {
      await download(`/rosters/${roster.id}/export.xlsx`, `${month}-roster.xlsx`);
    } catch (err) {
      refused(err);
    }
  };

  const reloadRoster = async () => {
    if (roster) setRoster(await api<Roster>(`/rosters/${roster.id}`));
  };

  const editable = editor && !!roster && !solving;
  const errors = roster?.findings.filter((f) => f.severity === 'error') ?? [];
  // Rules over a range (the month's cap, its quarter, a special period across months) and
  // findings about the months around this one are listed above the grid, with their range.
  const inMonth = (d?: string) => d !== undefined && d.startsWith(`${month}-`);
  const isWindow = (f: Finding) =>
    f.date === undefined ||
    f.to !== undefined ||
    (!inMonth(f.date) && !(f.dates ?? []).some(inMonth));
  const windowFindings = roster?.findings.filter(isWindow) ?? [];
  const gridFindings = roster?.findings.filter((f) => !isWindow(f)) ?? [];

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
      <MonthPicker month={month} onMonth={goMonth} />

      {loading && <Loading />}
      {loadError && unconfirmedYear === null && <Alert kind="error">{loadError}</Alert>}
      {loadError && unconfirmedYear !== null && (
        <HolidaysNotConfirmed
          year={unconfirmedYear}
          message={loadError}
          canConfirm={canConfirmHolidays(me.role) || me.role === 'office'}
        />
      )}

      {!loading && !loadError && days && (
        <>
          <div class="toolbar actions-bar" role="toolbar" aria-label="排班操作">
            {editor && !roster && (
              <button type="button" class="primary" onClick={generate} disabled={!!solving}>
                生成排班
              </button>
            )}
            {editor && roster && roster.status !== 'published' && (
              <>
                <button type="button" onClick={resolve} disabled={!!solving}>
                  重新求解（保留固定）
                </button>
                <button type="button" class="primary" onClick={openPublish} disabled={!!solving}>
                  发布…
                </button>
              </>
            )}
            {editor && roster && roster.status === 'published' && (
              <button
                type="button"
                onClick={() => setModal({ kind: 'amend', error: null })}
                disabled={!!solving}
              >
                修订重排…
              </button>
            )}
            {editor && (
              <button type="button" onClick={() => setAbsenceOpen(true)}>
                登记外出/请假…
              </button>
            )}
            {roster && (
              <>
                <button type="button" onClick={openVersions}>
                  版本记录{roster.publishedVersion > 0 ? `（${roster.publishedVersion}）` : ''}
                </button>
                <button type="button" class="link-like" onClick={exportXlsx}>
                  导出 Excel
                </button>
                <button type="button" onClick={openNotice}>
                  打印公告
                </button>
              </>
            )}
          </div>

          {solving?.visible && (
            <SolveProgress
              label={`正在${solving.label}`}
              startedAt={solving.startedAt}
              job={solving.job}
              onStop={() => void stop()}
            />
          )}

          {banner && (
            <Alert kind={banner.kind} onDismiss={() => setBanner(null)}>
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
          )}

          {!roster && !editor && <Alert kind="info">本月接访安排尚未发布。</Alert>}
          {!roster && editor && !solving && (
            <Alert kind="info">
              本月尚未排班。请先在“领导”页登记领导不可参加的日期，再点击“生成排班”。
            </Alert>
          )}

          {roster && roster.publishedVersion > 0 && editor && (
            <RequestsPanel
              unitId={unit.id}
              me={me}
              leaders={leaders}
              revision={requestsRevision}
              changed={() => {
                void reloadRoster();
                setRequestsRevision((n) => n + 1);
              }}
            />
          )}
          {roster && roster.publishedVersion > 0 && editor && (
            <UnconfirmedPanel unitId={unit.id} revision={requestsRevision} />
          )}

          {roster && (
            <div class="summary-line">
              <span>共 {roster.assignments.length} 个接访安排</span>
              <span class={errors.length ? 'count-error' : ''}>错误 {errors.length}</span>
              <span class="count-warning">提醒 {roster.findings.length - errors.length}</span>
              <span>固定 {roster.assignments.filter((a) => a.pinned).length}</span>
            </div>
          )}
          {windowFindings.length > 0 && (
            <details
              class="month-findings window-findings"
              open={windowFindings.some((f) => f.severity === 'error')}
            >
              <summary>
                整月及跨月规则（本月、所在季度、特护期）问题（{windowFindings.length}）
              </summary>
              <FindingList findings={windowFindings} />
              <p class="muted small">
                季度和特护期的规则计入前后月份已有的安排（已发布的按发布版本，未发布的按草稿）。
              </p>
            </details>
          )}

          <Legend />
          <MonthGrid
            month={month}
            days={days}
            assignments={roster?.assignments ?? []}
            findings={gridFindings}
            leaders={leaderMap}
            rules={unit.rosterRules}
            editable={editable}
            mine={me.leaderId}
            onEdit={(a) => setModal({ kind: 'edit', assignment: a, error: null })}
            onTogglePin={togglePin}
            absences={absences}
          />
        </>
      )}

      {editor && <RecentJobs jobs={jobs} />}
      {me.role === 'admin' && <JobQueues />}

      {roster && days && modal?.kind === 'edit' && (
        <AssignmentDialog
          roster={roster}
          assignment={modal.assignment}
          days={days}
          leaders={leaders}
          error={modal.error}
          busy={busy}
          onSave={(change) => void edit(modal.assignment, change)}
          onClose={() => setModal(null)}
        />
      )}
      {roster && modal?.kind === 'publish' && (
        <PublishDialog
          roster={roster}
          changes={modal.changes}
          leaders={leaderMap}
          error={modal.error}
          blocking={modal.blocking}
          busy={busy}
          onPublish={(reason) => void publish(reason)}
          onClose={() => setModal(null)}
        />
      )}
      {roster && modal?.kind === 'versions' && (
        <VersionsDialog
          roster={roster}
          versions={modal.versions}
          leaders={leaderMap}
          onClose={() => setModal(null)}
        />
      )}
      {roster && modal?.kind === 'amend' && (
        <AmendDialog onAmend={amend} onClose={() => setModal(null)} />
      )}
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
            const fresh = roster ? await api<Roster>(`/rosters/${roster.id}`) : null;
            if (fresh) setRoster(fresh);
            const clashes = fresh
              ? fresh.findings.filter((f) => f.severity === 'error').length -
                (roster?.findings.filter((f) => f.severity === 'error').length ?? 0)
              : 0;
            setBanner(
              clashes > 0
                ? {
                    kind: 'warning',
                    text: `${text}已排的接访与之冲突，新增 ${clashes} 处错误，已在班表中标出，请调整。`,
                  }
                : { kind: 'success', text },
            );
          }}
        />
      )}
      {modal?.kind === 'notice' && (
        <NoticeDialog html={modal.html} onClose={() => setModal(null)} />
      )}
    </section>
  );
}

/**
 * Why a month cannot be planned yet: administrators get a link to the page that confirms the
 * year; everyone else reads the service's message, which says to ask the administrator.
 */
function HolidaysNotConfirmed(props: { year: number; message: string; canConfirm: boolean }) {
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

function Legend() {
  return (
    <ul class="legend" aria-label="图例">
      <li>
        <span class="swatch kind-weekend" aria-hidden="true" />
        周末
      </li>
      <li>
        <span class="swatch kind-holiday" aria-hidden="true" />
        法定节假日
      </li>
      <li>
        <span class="swatch kind-makeup_workday" aria-hidden="true" />
        调休上班
      </li>
      <li>
        <span class="swatch in-period" aria-hidden="true" />
        特护期
      </li>
      <li>
        <span class="swatch on-call" aria-hidden="true" />
        值班：特护期 24 小时在岗值班
      </li>
      <li>
        <span class="swatch has-error" aria-hidden="true" />
        违反硬性规则
      </li>
      <li>
        <span class="swatch has-warning" aria-hidden="true" />
        提醒
      </li>
    </ul>
  );
}

function AmendDialog({
  onAmend,
  onClose,
}: {
  onAmend: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Dialog title="修订已发布的班表" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onAmend(reason.trim());
        }}
      >
        <p>
          系统将按最新的领导时间重新安排，尽量少改动已发布的安排，并直接发布新版本。
          如只需调整个别场次，可直接点击格子中的领导姓名进行调整，再发布。
        </p>
        <label class="field">
          <span>修订原因（必填）</span>
          <input
            required
            maxLength={500}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
            name="reason"
          />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            修订并发布
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
