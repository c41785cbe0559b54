/**
 * Solving as a job on the roster page: the progress panel with its gap bar and the stop button
 * (停止并采用当前结果), and the unit's recent jobs. A month solves in well under a second, so the
 * browser is handed one progress event of a long solve (a real job id, invented figures) and the
 * job's own state is held back a few seconds; the job itself runs for real.
 */
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { apiAs } from './cases-setup.js';
import { MONTH, MONTH_LABEL } from './flow-month.js';
import type { FlowContext } from './office-flow.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

export async function solveJobFlow({
  context,
  baseUrl,
  password,
  outputDir,
  step,
}: FlowContext): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  step('solve job: recent jobs on the roster page');
  // The office flow published the month: a pinned duty (with its reason) makes it a draft again,
  // which is what a re-solve works on.
  const api = await apiAs(baseUrl, 'office', password);
  const me = await api.get<{ unitId: string }>('/auth/me');
  const [summary] = await api.get<Array<{ id: string }>>(
    `/units/${me.unitId}/rosters?month=${MONTH}`,
  );
  const roster = await api.get<{
    version: number;
    status: string;
    assignments: Array<{ id: string; pinned: boolean }>;
  }>(`/rosters/${summary.id}`);
  if (roster.status === 'published') {
    const a = roster.assignments.find((x) => !x.pinned) ?? roster.assignments[0];
    const res = await api.send('PATCH', `/rosters/${summary.id}/assignments/${a.id}`, {
      version: roster.version,
      pinned: !a.pinned,
      reason: '书记指定日期',
    });
    check(res.ok, `pin for the re-solve: ${res.status}`);
  }
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('office');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
  await page.goto(`${baseUrl}/roster?month=${MONTH}`);
  await page.getByRole('heading', { name: `${MONTH_LABEL}接访排班` }).waitFor();
  const recent = page.getByRole('region', { name: '最近的排班计算' });
  await recent.waitFor();
  check(
    (await recent
      .getByRole('row')
      .filter({ hasText: '生成排班' })
      .filter({ hasText: '已完成' })
      .count()) >= 1,
    'the generated month is listed as a finished job',
  );

  step('solve job: progress bar with the gap, and the stop button');
  const synthetic = async (route: Route) => {
    const id = new URL(route.request().url()).pathname.split('/').at(-2)!;
    const event = {
      id,
      kind: 'resolve',
      month: MONTH,
      status: 'running',
      queuePosition: null,
      progress: {
        phase: 'solving',
        seconds: 7.5,
        objective: 40,
        bound: 30,
        gap: 0.25,
        improvements: 3,
        limitSeconds: 20,
      },
      revision: 5,
    };
    await route.fulfill({
      status: 200,
      headers: { 'Content-Type': 'text/event-stream' },
      body: `id: 5\nevent: progress\ndata: ${JSON.stringify(event)}\n\n`,
    });
  };
  await page.route('**/api/v1/solve-jobs/*/events', synthetic);
  // The polling fallback that follows the stream waits a little, so the panel stays up.
  await page.route('**/api/v1/solve-jobs/*', async (route) => {
    if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 4000));
    await route.continue().catch(() => undefined);
  });
  await page.getByRole('button', { name: '重新求解（保留固定）' }).click();
  const bar = page.getByRole('progressbar', { name: '与最优方案的接近程度' });
  await bar.waitFor();
  await page.getByText('距已证明的最优下界差距 25%').waitFor();
  check((await bar.getAttribute('aria-valuenow')) === '75', 'the bar shows 1 − gap');
  check(await page.getByText(/已用 7 秒（最长 20 秒）/).isVisible(), 'time used and the limit');
  await page.screenshot({ path: join(outputDir, '30-solve-job-progress.png'), fullPage: true });
  await page.getByRole('button', { name: '停止并采用当前结果' }).click();
  // The real job finished long ago: the stop answers 409 and the page shows the job's result.
  await page.getByText(/重新求解完成|已停止重新求解/).waitFor({ timeout: 30_000 });
  await page.unroute('**/api/v1/solve-jobs/*/events');
  await page.unroute('**/api/v1/solve-jobs/*');
  check(
    (await recent.getByRole('row').filter({ hasText: '重新求解' }).count()) >= 1,
    'the re-solve is listed',
  );
  await page.screenshot({ path: join(outputDir, '31-solve-job-done.png'), fullPage: true });
  check(problems.length === 0, `page errors: ${problems.join('; ')}`);
  await page.close();
}
