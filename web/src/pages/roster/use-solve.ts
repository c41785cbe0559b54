import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type { Roster, SolveJob } from '../../api/types.js';
import {
  type Banner,
  cancelledBanner,
  failedJobBanner,
  finishedJobBanner,
  solveErrorOutcome,
} from './roster-outcomes.js';
import { followJob, JOB_KIND_NAMES } from './solve-job.js';

export interface Solving {
  label: string;
  startedAt: number;
  /** The progress panel shows after a moment: quick solves do not flash it. */
  visible: boolean;
  job: SolveJob | null;
}

interface Options {
  unitId: string;
  month: string;
  /** Office staff: they start solves and see the unit's recent ones. */
  editor: boolean;
  setRoster: (roster: Roster) => void;
  setBanner: (banner: Banner | null) => void;
}

/**
 * The month's solve jobs: generating, re-solving and amending the roster as jobs followed to
 * their end, with a stop that keeps the best roster found so far, and the unit's recent jobs.
 */
export function useSolve({ unitId, month, editor, setRoster, setBanner }: Options) {
  const [solving, setSolving] = useState<Solving | null>(null);
  const [jobs, setJobs] = useState<SolveJob[]>([]);
  /** Following the running job (or sending its request); aborting stops following only. */
  const abort = useRef<AbortController | null>(null);
  const jobId = useRef<string | null>(null);
  /** 停止 was pressed before the service answered with the job: stop it as soon as it does. */
  const stopWanted = useRef(false);

  const loadJobs = () =>
    editor
      ? api<SolveJob[]>(`/units/${unitId}/solve-jobs`)
          .then((list) => {
            setJobs(list);
            return list;
          })
          .catch(() => [] as SolveJob[])
      : Promise.resolve([] as SolveJob[]);

  // Leaving the page (or the month) stops following; the job itself goes on (recent jobs).
  useEffect(() => () => abort.current?.abort(), [month]);

  /** Reads a finished job: the roster it wrote, or why there is none. */
  const finished = async (label: string, job: SolveJob, startedAt: number) => {
    if (job.status === 'failed') return setBanner(failedJobBanner(label, job));
    if (!job.rosterId) return setBanner(cancelledBanner(label));
    const result = await api<Roster>(`/rosters/${job.rosterId}`);
    setRoster(result);
    setBanner(finishedJobBanner(label, job, result, Date.now() - startedAt));
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
      const outcome = solveErrorOutcome(err, label, {
        aborted: controller.signal.aborted,
        stopWanted: stopWanted.current,
        jobStarted: !!jobId.current,
      });
      if (outcome.openRoster) setRoster(await api<Roster>(`/rosters/${outcome.openRoster}`));
      if (outcome.banner) setBanner(outcome.banner);
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

  /** A solve for this month still going (started before a reload): follow it again. */
  const resume = async (stale: () => boolean) => {
    const active = (await loadJobs()).find(
      (j) => j.month === month && (j.status === 'queued' || j.status === 'running'),
    );
    if (active && !stale()) void solve(JOB_KIND_NAMES[active.kind], async () => active);
  };

  const generate = () =>
    solve('生成排班', (signal) =>
      api<SolveJob>(`/units/${unitId}/rosters`, { method: 'POST', body: { month }, signal }),
    );
  const resolve = (roster: Roster) =>
    solve('重新求解', (signal) =>
      api<SolveJob>(`/rosters/${roster.id}/solve`, {
        method: 'POST',
        body: { version: roster.version },
        signal,
      }),
    );
  const amend = (roster: Roster, reason: string) =>
    solve('修订重排', (signal) =>
      api<SolveJob>(`/rosters/${roster.id}/amend`, { method: 'POST', body: { reason }, signal }),
    );

  return { solving, jobs, resume, stop, generate, resolve, amend };
}
