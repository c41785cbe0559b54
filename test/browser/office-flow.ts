/**
 * The office staff's month, in a real browser: log in by keyboard, mark a leader unavailable,
 * generate December 2026 for 青嵘市 (with the progress panel), cancel a re-solve, pin a leader,
 * replace another and see the broken rule at once, publish with the confirmation, see version 1,
 * download the xlsx, preview the notice; every page photographed at desktop and phone width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const MONTH = '2026-12';

export interface FlowContext {
  context: BrowserContext;
  baseUrl: string;
  password: string;
  outputDir: string;
  step: (name: string) => void;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

interface Api {
  token: string;
  get<T>(path: string): Promise<T>;
}

async function apiAs(baseUrl: string, username: string, password: string): Promise<Api> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { accessToken } = (await res.json()) as { accessToken: string };
  return {
    token: accessToken,
    async get<T>(path: string) {
      const r = await fetch(`${baseUrl}/api/v1${path}`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      check(r.ok, `GET ${path}: ${r.status}`);
      return (await r.json()) as T;
    },
  };
}

interface Leader {
  id: string;
  code: string;
  name: string;
  rotationPool: string;
  minSessionsPerMonth: number;
  maxSessionsPerMonth: number;
}
interface Assignment {
  id: string;
  date: string;
  session: string;
  leaderId: string;
  pinned: boolean;
}
interface Roster {
  id: string;
  assignments: Assignment[];
  findings: Array<{ severity: string; rule: string }>;
}

/**
 * A replacement the rules allow but frown on: give cell C to a leader Z of the same rotation pool
 * who has room in their monthly quota and already sits within two working days of C (spacing
 * warning), while C's leader keeps their monthly minimum.
 */
function spacingCandidate(roster: Roster, leaders: Leader[], workingDays: string[], skip: string) {
  const count = new Map<string, number>();
  for (const a of roster.assignments) count.set(a.leaderId, (count.get(a.leaderId) ?? 0) + 1);
  const byId = new Map(leaders.map((l) => [l.id, l]));
  const index = new Map(workingDays.map((d, i) => [d, i]));
  for (const c of roster.assignments) {
    if (c.id === skip || c.pinned || !index.has(c.date)) continue;
    const w = byId.get(c.leaderId)!;
    if ((count.get(w.id) ?? 0) - 1 < w.minSessionsPerMonth) continue;
    for (const other of roster.assignments) {
      const z = byId.get(other.leaderId)!;
      if (z.id === w.id || z.rotationPool !== w.rotationPool) continue;
      if ((count.get(z.id) ?? 0) >= z.maxSessionsPerMonth) continue;
      if (other.date === c.date || !index.has(other.date)) continue;
      if (Math.abs(index.get(other.date)! - index.get(c.date)!) > 2) continue;
      return { cell: c, to: z };
    }
  }
  return undefined;
}

export async function officeFlow({
  context,
  baseUrl,
  password,
  outputDir,
  step,
}: FlowContext): Promise<void> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (401|409|422)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const shot = async (name: string, p: Page = page) => {
    const phone = (p.viewportSize()?.width ?? 1280) < 600;
    await p.screenshot({ path: join(outputDir, `${name}.png`), fullPage: !phone });
  };

  step('login page, keyboard only');
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').waitFor();
  await shot('01-login');
  await page.getByLabel('用户名').focus();
  await page.keyboard.type('office');
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong-password');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
  await page.getByLabel('密码').fill(password);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
  check(
    await page.locator('.brand-unit').filter({ hasText: '青嵘市' }).isVisible(),
    'unit name shown',
  );
  const menu = await page.getByRole('navigation', { name: '主菜单' }).innerText();
  for (const item of ['月度排班', '领导', '特护期', '统计'])
    check(menu.includes(item), `menu has ${item}`);

  step('leaders and one leader marked unavailable');
  await page.getByRole('link', { name: '领导', exact: true }).click();
  await page.getByRole('cell', { name: '叶清禾' }).waitFor();
  await shot('02-leaders');
  await page.getByRole('link', { name: '叶清禾的时间安排' }).click();
  await page.waitForURL(/availability/);
  await page.goto(`${baseUrl}${new URL(page.url()).pathname}?month=${MONTH}`);
  await page.getByRole('button', { name: /^12月9日/ }).click();
  const dayDialog = page.getByRole('dialog');
  await dayDialog.getByLabel('不可参加').check();
  await dayDialog.getByLabel('原因').selectOption('meeting');
  await dayDialog.getByLabel('备注（选填）').fill('全市经济工作会议');
  await dayDialog.getByRole('button', { name: '登记' }).click();
  await page.getByText('已登记 12月9日').waitFor();
  check(
    await page.getByRole('button', { name: /^12月9日.*已登记 1 项/ }).isVisible(),
    'entry on the day',
  );
  await shot('03-availability');

  step('a solve shows progress and can be cancelled');
  await page.getByRole('link', { name: '月度排班' }).click();
  await page.goto(`${baseUrl}/roster?month=${MONTH}`);
  await page.getByRole('heading', { name: '2026年12月接访排班' }).waitFor();
  // December solves in well under a second: hold this first request in the browser so the
  // progress panel stays up long enough to be cancelled, whatever the machine's speed.
  let held = false;
  await page.route('**/api/v1/units/*/rosters', async (route) => {
    if (held || route.request().method() !== 'POST') return route.continue();
    held = true;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.continue().catch(() => undefined); // the page aborted it: nothing to send
  });
  await page.getByRole('button', { name: '生成排班' }).click();
  await page.getByRole('button', { name: '取消计算' }).waitFor();
  check(await page.getByText(/正在生成排班，已用/).isVisible(), 'progress text');
  await shot('04-generating');
  await page.getByRole('button', { name: '取消计算' }).click();
  await page.getByText('已取消生成排班').waitFor();
  check((await page.locator('li.chip').count()) === 0, 'nothing generated after cancel');
  await page.unroute('**/api/v1/units/*/rosters');

  step('generate December 2026');
  await page.getByRole('button', { name: '生成排班' }).click();
  await page.getByText(/生成排班完成/).waitFor({ timeout: 60_000 });
  const api = await apiAs(baseUrl, 'office', password);
  const me = await api.get<{ unitId: string }>('/auth/me');
  const [summary] = await api.get<Array<{ id: string }>>(
    `/units/${me.unitId}/rosters?month=${MONTH}`,
  );
  let roster = await api.get<Roster>(`/rosters/${summary.id}`);
  check(roster.assignments.length >= 20, 'a month of duties');
  const chips = page.locator('li.chip');
  check((await chips.count()) === roster.assignments.length, 'every duty on the grid');
  const leaders = await api.get<Leader[]>(`/leaders?unitId=${me.unitId}`);
  const yeQinghe = leaders.find((l) => l.name === '叶清禾')!;
  check(
    !roster.assignments.some((a) => a.leaderId === yeQinghe.id && a.date === '2026-12-09'),
    'the unavailable leader is not on 12-09',
  );
  check(await page.locator('tr.kind-weekend').first().isVisible(), 'weekends marked');
  await shot('05-generated');

  step('pin a leader');
  roster = await api.get<Roster>(`/rosters/${summary.id}`);
  const pinTarget = roster.assignments[0];
  const pinChip = page.locator(`li.chip[data-assignment="${pinTarget.id}"]`);
  await pinChip.locator('.pin-button').click();
  await page.getByText(/^已固定：/).waitFor();
  check(
    (await pinChip.locator('.pin-button').getAttribute('aria-pressed')) === 'true',
    'pinned shown',
  );
  await page.getByRole('button', { name: '重新求解（保留固定）' }).click();
  await page.getByText(/重新求解完成/).waitFor({ timeout: 60_000 });
  check(
    (await pinChip.locator('.pin-button').getAttribute('aria-pressed')) === 'true',
    'pin kept by re-solve',
  );

  step('replace another leader and see the broken rule at once');
  roster = await api.get<Roster>(`/rosters/${summary.id}`);
  const days = await api.get<Array<{ date: string; working: boolean }>>(
    `/units/${me.unitId}/calendar?month=${MONTH}`,
  );
  const candidate = spacingCandidate(
    roster,
    leaders,
    days.filter((d) => d.working).map((d) => d.date),
    pinTarget.id,
  );
  check(candidate, 'a replacement that breaks the spacing rule');
  await page.locator(`li.chip[data-assignment="${candidate.cell.id}"] .chip-name`).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('接访领导（替换）').selectOption(candidate.to.id);
  await shot('06-edit-dialog');
  await edit.getByRole('button', { name: '保存调整' }).click();
  const warning = page.locator('.alert').filter({ hasText: '此调整违反以下规则' });
  await warning.waitFor();
  check((await warning.innerText()).includes('坐班间隔过近'), 'spacing rule named');
  const cell = page.locator(
    `tr[data-date="${candidate.cell.date}"] td[data-session="${candidate.cell.session}"]`,
  );
  check(/has-(warning|error)/.test((await cell.getAttribute('class')) ?? ''), 'the cell is marked');
  await shot('07-moved-warning');

  step('publish with the confirmation listing the changes');
  await page.getByRole('button', { name: '发布…' }).click();
  const publish = page.getByRole('dialog');
  await publish.locator('.changes-table tbody tr').first().waitFor();
  roster = await api.get<Roster>(`/rosters/${summary.id}`);
  check(
    (await publish.locator('.changes-table tbody tr').count()) === roster.assignments.length,
    'every duty listed as new',
  );
  await shot('08-publish-confirm');
  await publish.getByRole('button', { name: '确认发布第 1 版' }).click();
  await page.getByText('已发布第 1 版。').waitFor();
  check(await page.getByText('已发布 · 已发布第 1 版').isVisible(), 'status shows version 1');

  step('version history, export and notice');
  await page.getByRole('button', { name: /版本记录/ }).click();
  const versions = page.getByRole('dialog');
  await versions.getByRole('cell', { name: '第 1 版' }).waitFor();
  await versions.locator('.changes-table').waitFor();
  await shot('09-versions');
  await versions.getByRole('button', { name: '关闭' }).click();
  const exportButton = page.getByRole('button', { name: '导出 Excel' });
  check(await exportButton.isVisible(), 'export link shown');
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  check(
    download.suggestedFilename() === '2026-12-roster.xlsx',
    `xlsx name ${download.suggestedFilename()}`,
  );
  const file = join(outputDir, download.suggestedFilename());
  await download.saveAs(file);
  check(readFileSync(file).subarray(0, 2).toString() === 'PK', 'xlsx is a zip');
  await page.getByRole('button', { name: '打印公告' }).click();
  const frame = page.frameLocator('iframe.notice-frame');
  await frame.getByRole('heading', { name: /2026年12月市领导接访日程公告/ }).waitFor();
  await shot('10-notice');
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).first().click();

  step('special periods and statistics');
  await page.goto(`${baseUrl}/special-periods?year=2026`);
  await page.getByRole('heading', { name: '国庆、中秋' }).waitFor();
  await shot('11-special-periods');
  await page.goto(`${baseUrl}/stats?year=2026`);
  await page.getByRole('heading', { name: /领导坐班次数/ }).waitFor();
  await page.getByRole('heading', { name: '约访接访（批次 / 人次）' }).waitFor();
  await shot('12-stats');

  step('phone width');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/roster?month=${MONTH}`);
  await page.locator('li.chip').first().waitFor();
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  check(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
  await shot('13-roster-phone');

  step('a leader sees their own duties on a phone');
  const leaderPage = await context.newPage();
  await leaderPage.setViewportSize({ width: 390, height: 844 });
  await leaderPage.goto(`${baseUrl}/`);
  // sessionStorage is per tab: this tab starts signed out.
  await leaderPage
    .getByLabel('用户名')
    .fill(leaders.find((l) => l.id === candidate.to.id)!.code.replace('L', 'leader'));
  await leaderPage.getByLabel('密码').fill(password);
  await leaderPage.getByRole('button', { name: '登录' }).click();
  await leaderPage.getByRole('navigation', { name: '主菜单' }).waitFor();
  await leaderPage.goto(`${baseUrl}/roster?month=${MONTH}`);
  await leaderPage.getByRole('heading', { name: '我的接访安排' }).waitFor();
  check(
    !(await leaderPage.getByRole('button', { name: '发布…' }).isVisible()),
    'no publish for a leader',
  );
  const leaderMenu = await leaderPage.getByRole('navigation', { name: '主菜单' }).innerText();
  check(!leaderMenu.includes('统计'), 'leader menu without statistics');
  await shot('14-leader-phone', leaderPage);

  check(problems.length === 0, `browser console errors: ${problems.join(' | ')}`);
}
