/**
 * What the roster page tells the clerk after each action (the banner above the grid), and which
 * findings go above the grid rather than in it. Pure: no requests, no components.
 */
import { ApiError, errorText } from '../../api/client.js';
import type { Assignment, Diagnosis, Finding, Roster, SolveJob } from '../../api/types.js';
import { DUTY_NAMES, shortDate } from '../../labels.js';
import type { AssignmentEdit } from './assignment-dialog.js';
import { diagnosisOf } from './solve-job.js';

export interface Banner {
  kind: 'error' | 'warning' | 'success' | 'info';
  text: string;
  findings?: Finding[];
  diagnosis?: Diagnosis[];
}

export const cancelledBanner = (label: string): Banner => ({
  kind: 'info',
  text: `已取消${label}，班表未改变。`,
});

/**
 * What a solve that threw leaves the page: `openRoster` when someone else generated the month
 * (open theirs), and the banner, if any. `aborted`: the page stopped following; `stopWanted`:
 * 停止 was pressed; `jobStarted`: the service had answered with the job.
 */
export function solveErrorOutcome(
  err: unknown,
  label: string,
  state: { aborted: boolean; stopWanted: boolean; jobStarted: boolean },
): { banner: Banner | null; openRoster?: string } {
  if (state.aborted || (state.stopWanted && !state.jobStarted)) {
    // Left the page, or stopped and the request never reached the service: nothing changed.
    return { banner: state.jobStarted ? null : cancelledBanner(label) };
  }
  if (!(err instanceof ApiError)) return { banner: { kind: 'error', text: errorText(err) } };
  if (err.code === 'ROSTER_EXISTS' && typeof err.body.rosterId === 'string') {
    return {
      openRoster: err.body.rosterId,
      banner: { kind: 'info', text: '本月排班已由他人生成，已为您打开。' },
    };
  }
  if (typeof err.body.jobId === 'string') {
    return { banner: { kind: 'info', text: `${err.message}（可在下方“最近的排班计算”查看）` } };
  }
  return { banner: { kind: 'error', text: errorText(err) } };
}

/** A job that ended without a roster: why, with the diagnosis of an infeasible month. */
export function failedJobBanner(label: string, job: SolveJob): Banner {
  const f = job.failure;
  return f?.code === 'ROSTER_INFEASIBLE'
    ? { kind: 'error', text: f.message, diagnosis: diagnosisOf(f) }
    : { kind: 'error', text: f?.message ?? `${label}失败，请稍后重试` };
}

/** A job that wrote `result`: how long it took, or what was kept when it was stopped. */
export function finishedJobBanner(
  label: string,
  job: SolveJob,
  result: Roster,
  elapsedMs: number,
): Banner {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const rules = `${errors ? `有 ${errors} 处违反硬性规则，需处理后才能发布。` : ''}${
    warnings ? `有 ${warnings} 条提醒。` : ''
  }`;
  if (job.status === 'cancelled') {
    const gap = job.progress?.gap;
    return {
      kind: 'warning',
      text: `已停止${label}，${
        job.kind === 'amend' ? '已采用当前最好结果并发布新版本' : '当前最好结果已保存为草稿'
      }${gap !== null && gap !== undefined ? `（距最优下界差距 ${Math.round(gap * 1000) / 10}%）` : ''}。${rules}`,
    };
  }
  return {
    kind: errors ? 'warning' : 'success',
    text: `${label}完成，用时 ${result.solver?.seconds ?? Math.round(elapsedMs / 100) / 10} 秒。${rules}`,
  };
}

/** After a duty was changed: what changed, and the rules the change breaks. */
export function editBanner(
  assignment: Assignment,
  change: AssignmentEdit,
  leaderName: string,
  brokenRules: Finding[],
): Banner {
  const where = `${shortDate(change.date ?? assignment.date)}${DUTY_NAMES[change.session ?? assignment.session]}`;
  const what =
    change.date || change.session || change.leaderId
      ? `已调整：${where} ${leaderName}`
      : change.pinned
        ? `已固定：${where} ${leaderName}`
        : `已取消固定：${where} ${leaderName}`;
  return brokenRules.length
    ? {
        kind: brokenRules.some((f) => f.severity === 'error') ? 'error' : 'warning',
        text: `${what}。此调整违反以下规则：`,
        findings: brokenRules,
      }
    : { kind: 'success', text: `${what}。没有违反规则。` };
}

/** An edit whose only field is the reason changes nothing: the dialog just closes. */
export const changesNothing = (change: AssignmentEdit) =>
  Object.keys(change).filter((k) => k !== 'reason').length === 0;

const errorCount = (roster: Roster | null) =>
  roster?.findings.filter((f) => f.severity === 'error').length ?? 0;

/** Absences entered: duties already planned on those days now break a hard rule. */
export function absencesBanner(text: string, before: Roster | null, after: Roster | null): Banner {
  const clashes = after ? errorCount(after) - errorCount(before) : 0;
  return clashes > 0
    ? {
        kind: 'warning',
        text: `${text}已排的接访与之冲突，新增 ${clashes} 处错误，已在班表中标出，请调整。`,
      }
    : { kind: 'success', text };
}

/** The findings an error answer carries (a refused publication or print names the broken rules). */
export function findingsOf(err: unknown): Finding[] | undefined {
  return err instanceof ApiError && Array.isArray(err.body.findings)
    ? (err.body.findings as Finding[])
    : undefined;
}

/** A refusal, with the rules it names listed under the message. */
export function refusalBanner(err: unknown): Banner {
  const findings = findingsOf(err);
  return { kind: 'error', text: errorText(err), ...(findings ? { findings } : {}) };
}

/**
 * Rules over a range (the month's cap, its quarter, a special period across months) and findings
 * about the months around this one are listed above the grid, with their range; the others sit
 * in the grid's cells.
 */
export function splitFindings(findings: Finding[], month: string) {
  const inMonth = (d?: string) => d !== undefined && d.startsWith(`${month}-`);
  const isWindow = (f: Finding) =>
    f.date === undefined ||
    f.to !== undefined ||
    (!inMonth(f.date) && !(f.dates ?? []).some(inMonth));
  return {
    window: findings.filter(isWindow),
    grid: findings.filter((f) => !isWindow(f)),
  };
}
