import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/client.js';
import type { Assignment, Finding, Roster, SolveJob } from '../../api/types.js';
import {
  absencesBanner,
  changesNothing,
  editBanner,
  failedJobBanner,
  finishedJobBanner,
  refusalBanner,
  solveErrorOutcome,
  splitFindings,
} from './roster-outcomes.js';

const finding = (f: Partial<Finding>): Finding =>
  ({ severity: 'warning', rule: 'r', ruleName: 'R', message: 'm', ...f }) as Finding;
const roster = (findings: Finding[], seconds: number | null = 2.5) =>
  ({ findings, solver: seconds === null ? null : { seconds } }) as Roster;
const job = (j: Partial<SolveJob>) => ({ kind: 'generate', progress: null, ...j }) as SolveJob;

describe('what the roster page says after a solve', () => {
  it('explains an infeasible month with the diagnosis', () => {
    const failed = job({
      status: 'failed',
      failure: {
        status: 422,
        code: 'ROSTER_INFEASIBLE',
        message: '无法排班',
        details: { diagnosis: [{ code: 'cover', message: '1月4日无人可排' }] },
      },
    });
    expect(failedJobBanner('生成排班', failed)).toEqual({
      kind: 'error',
      text: '无法排班',
      diagnosis: [{ code: 'cover', message: '1月4日无人可排' }],
    });
    expect(failedJobBanner('生成排班', job({ status: 'failed', failure: null }))).toEqual({
      kind: 'error',
      text: '生成排班失败，请稍后重试',
    });
  });

  it('counts errors and warnings of the roster it wrote', () => {
    const done = job({ status: 'succeeded' });
    const result = roster([finding({ severity: 'error' }), finding({}), finding({})]);
    expect(finishedJobBanner('生成排班', done, result, 0)).toEqual({
      kind: 'warning',
      text: '生成排班完成，用时 2.5 秒。有 1 处违反硬性规则，需处理后才能发布。有 2 条提醒。',
    });
    expect(finishedJobBanner('重新求解', done, roster([], null), 1260).text).toBe(
      '重新求解完成，用时 1.3 秒。',
    );
  });

  it('says what a stopped solve kept, with its distance from the bound', () => {
    const stopped = job({ status: 'cancelled', kind: 'amend', progress: { gap: 0.0423 } as never });
    expect(finishedJobBanner('修订重排', stopped, roster([]), 0)).toEqual({
      kind: 'warning',
      text: '已停止修订重排，已采用当前最好结果并发布新版本（距最优下界差距 4.2%）。',
    });
  });

  it('says what a solve that threw left behind', () => {
    const running = { aborted: false, stopWanted: false, jobStarted: false };
    expect(solveErrorOutcome(new Error('x'), '生成排班', { ...running, aborted: true })).toEqual({
      banner: { kind: 'info', text: '已取消生成排班，班表未改变。' },
    });
    const left = { aborted: true, stopWanted: false, jobStarted: true };
    expect(solveErrorOutcome(new Error('x'), '生成排班', left)).toEqual({ banner: null });
    const exists = new ApiError(409, 'ROSTER_EXISTS', '已有排班', undefined, { rosterId: 'r9' });
    expect(solveErrorOutcome(exists, '生成排班', running)).toEqual({
      openRoster: 'r9',
      banner: { kind: 'info', text: '本月排班已由他人生成，已为您打开。' },
    });
    const busy = new ApiError(409, 'SOLVE_RUNNING', '本月正在计算', undefined, { jobId: 'j1' });
    expect(solveErrorOutcome(busy, '重新求解', running).banner).toEqual({
      kind: 'info',
      text: '本月正在计算（可在下方“最近的排班计算”查看）',
    });
    expect(solveErrorOutcome(new Error('x'), '重新求解', running).banner).toEqual({
      kind: 'error',
      text: '出现意外错误，请刷新页面后重试',
    });
  });
});

describe('what the roster page says after an edit', () => {
  const a = { date: '2027-01-04', session: 'AM', leaderId: 'l1' } as Assignment;

  it('names the change and lists the rules it breaks', () => {
    expect(editBanner(a, { leaderId: 'l2' }, '张三', [])).toEqual({
      kind: 'success',
      text: '已调整：1月4日上午 张三。没有违反规则。',
    });
    const broken = [finding({ severity: 'error' })];
    expect(editBanner(a, { pinned: true }, '李四', broken)).toEqual({
      kind: 'error',
      text: '已固定：1月4日上午 李四。此调整违反以下规则：',
      findings: broken,
    });
    expect(editBanner(a, { pinned: false }, '李四', []).text).toBe(
      '已取消固定：1月4日上午 李四。没有违反规则。',
    );
  });

  it('treats a reason alone as no change', () => {
    expect(changesNothing({ reason: '调整' } as never)).toBe(true);
    expect(changesNothing({ pinned: true } as never)).toBe(false);
  });

  it('warns when new absences clash with planned duties', () => {
    const before = roster([finding({ severity: 'error' })]);
    const after = roster([finding({ severity: 'error' }), finding({ severity: 'error' })]);
    expect(absencesBanner('已登记。', before, after)).toEqual({
      kind: 'warning',
      text: '已登记。已排的接访与之冲突，新增 1 处错误，已在班表中标出，请调整。',
    });
    expect(absencesBanner('已登记。', null, null)).toEqual({ kind: 'success', text: '已登记。' });
  });

  it('lists the rules a refusal names under its message', () => {
    const rules = [finding({ severity: 'error' })];
    const err = new ApiError(422, 'ROSTER_HAS_ERRORS', '有错误', undefined, { findings: rules });
    expect(refusalBanner(err)).toEqual({ kind: 'error', text: '有错误', findings: rules });
    expect(refusalBanner(new ApiError(500, 'X', '失败'))).toEqual({ kind: 'error', text: '失败' });
  });
});

describe('where findings are shown', () => {
  it('puts rules over a range and other months above the grid', () => {
    const inCell = finding({ date: '2027-01-04' });
    const range = finding({ date: '2027-01-01', to: '2027-03-31' });
    const monthly = finding({});
    const before = finding({ date: '2026-12-30' });
    const spacing = finding({ date: '2027-01-02', dates: ['2026-12-31', '2027-01-02'] });
    const { window, grid } = splitFindings([inCell, range, monthly, before, spacing], '2027-01');
    expect(window).toEqual([range, monthly, before]);
    expect(grid).toEqual([inCell, spacing]);
  });
});
