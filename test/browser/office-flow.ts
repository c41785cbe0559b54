/**
 * The office staff's month, in a real browser: log in by keyboard, have an administrator confirm
 * the year's holidays on 节假日安排 if nobody has yet, mark a leader unavailable, generate next
 * month (flow-month.ts) for 青嵘市 (with the progress panel), cancel a re-solve, pin a leader,
 * replace another and see the broken rule at once, publish with the confirmation, see version 1,
 * download the xlsx, preview the notice, have the administrator preview (and drop) a holiday
 * correction over the roster, add a 特护期; every page photographed at desktop and phone width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_SPECIAL_PERIODS } from '../../src/demo/demo-special-periods.js';
import { apiAs } from './cases-setup.js';
import {
  AVAILABILITY_DAY,
  AVAILABILITY_DAY_LABEL,
  MONTH,
  MONTH_LABEL,
  MONTH_NUMBER,
  YEAR,
} from './flow-month.js';
import { confirmPlannedYear, holidaysOnPhone, previewCorrection } from './holidays-steps.js';

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
  findings: Array<{ severity: string; rule: string; leaderId?: string; dates?: string[] }>;
}

interface Replacement {
  cell: Assignment;
  to: Leader;
}

/** A leader registered unavailable on a date: never a replacement there. */
type Blocked = (leaderId: string, date: string) => boolean;

/**
 * A replacement the rules allow but frown on: give cell C to a leader Z of the same rotation pool
 * who has room in their monthly quota and already sits within two working days of C, before or
 * after (spacing warning), while C's leader keeps their monthly minimum. The warning names both
 * duties, so the edit's answer shows it and both cells are marked whichever of the two C is.
 */
function spacingCandidate(
  roster: Roster,
  leaders: Leader[],
  workingDays: string[],
  skip: string,
  blocked: Blocked,
): Replacement | undefined {
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
      if (z.id === w.id || z.rotationPool !== w.rotationPool || blocked(z.id, c.date)) continue;
      if ((count.get(z.id) ?? 0) >= z.maxSessionsPerMonth) continue;
      if (!index.has(other.date)) continue;
      const gap = Math.abs(index.get(other.date)! - index.get(c.date)!);
      if (gap < 1 || gap > 2) continue;
      return { cell: c, to: z };
    }
  }
  return undefined;
}

/**
 * When the solver left no such pair, which depends on the month: in a tight one (January 2027
 * has 20 working days for 20 leaders, so nearly everybody sits exactly their minimum) the one
 * leader with room may sit far from the one duty that can be given away. Then first swap two
 * duties, D (leader X) and E (the only duty of a leader Z with room), which keeps every count
 * and breaks no rule, with D within two working days after C; giving C to Z afterwards breaks only
 * the spacing rule. Z comes from C's rotation pool if it can; normal sessions are open to every
 * pool, so another pool's leader is allowed there too.
 */
function spacingAfterSwap(
  roster: Roster,
  leaders: Leader[],
  workingDays: string[],
  skip: string,
  blocked: Blocked,
): { swap: [Replacement, Replacement]; then: Replacement } | undefined {
  const count = new Map<string, number>();
  for (const a of roster.assignments) count.set(a.leaderId, (count.get(a.leaderId) ?? 0) + 1);
  const byId = new Map(leaders.map((l) => [l.id, l]));
  const index = new Map(workingDays.map((d, i) => [d, i]));
  const movable = (a: Assignment) => a.id !== skip && !a.pinned && index.has(a.date);
  const only = (a: Assignment) => count.get(a.leaderId) === 1;
  for (const c of roster.assignments.filter(movable)) {
    const w = byId.get(c.leaderId)!;
    if (count.get(w.id)! - 1 < w.minSessionsPerMonth) continue;
    const withRoom = roster.assignments
      .filter((e) => movable(e) && only(e) && byId.get(e.leaderId)!.maxSessionsPerMonth > 1)
      .sort(
        (a, b) =>
          Number(byId.get(a.leaderId)!.rotationPool !== w.rotationPool) -
          Number(byId.get(b.leaderId)!.rotationPool !== w.rotationPool),
      );
    for (const e of withRoom) {
      const z = byId.get(e.leaderId)!;
      if (z.id === w.id || blocked(z.id, c.date)) continue;
      for (const d of roster.assignments) {
        const x = byId.get(d.leaderId)!;
        if (!movable(d) || !only(d) || d.id === c.id || d.id === e.id || x.id === w.id) continue;
        const gap = index.get(d.date)! - index.get(c.date)!;
        if (gap < 1 || gap > 2) continue;
        if (blocked(z.id, d.date) || blocked(x.id, e.date)) continue;
        return {
          swap: [
            { cell: d, to: z },
            { cell: e, to: x },
          ],
          then: { cell: c, to: z },
        };
      }
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
  const problems: string[] = [];
  // A 400 is a console error only where a step asks for one (a rejected holiday text).
  let badRequests = 0;
  // Likewise a request that fails on the way, where a step makes it fail (a stopped solve).
  let lostRequests = 0;
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() !== 'error' || /status of (401|409|422)/.test(m.text())) return;
      if (badRequests > 0 && /status of 400/.test(m.text())) badRequests--;
      else if (lostRequests > 0 && /net::ERR_FAILED/.test(m.text())) lostRequests--;
      else problems.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(e.message));
  };
  const page = await context.newPage();
  watch(page);
  // The administrator's tab, for 节假日安排, opened when first needed (sessionStorage is per tab).
  let adminTab: Page | undefined;
  // Chromium slows down timers in a tab that is not in front, so bring whichever is used there.
  const asAdmin = async (): Promise<Page> => {
    if (adminTab) {
      await adminTab.bringToFront();
      return adminTab;
    }
    const tab = await context.newPage();
    watch(tab);
    await tab.goto(`${baseUrl}/`);
    await tab.getByLabel('用户名').fill('admin');
    await tab.getByLabel('密码').fill(password);
    await tab.getByRole('button', { name: '登录' }).click();
    await tab.getByRole('navigation', { name: '主菜单' }).waitFor();
    return (adminTab = tab);
  };
  const adminApi = await apiAs(baseUrl, 'admin', password);
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

  step(`${YEAR} holidays confirmed before planning ${MONTH_LABEL}`);
  const api = await apiAs(baseUrl, 'office', password);
  const me = await api.get<{ unitId: string }>('/auth/me');
  const years = await api.get<Array<{ year: number }>>('/calendar/years');
  if (!years.some((y) => y.year === YEAR)) {
    // Until then the office sees why it cannot plan the month.
    await page.goto(`${baseUrl}/roster?month=${MONTH}`);
    await page
      .getByRole('alert')
      .filter({ hasText: `${YEAR} 年节假日安排尚未确认` })
      .waitFor();
    check(
      !(await page.getByRole('button', { name: '生成排班' }).isVisible()),
      'no generating before the holidays are confirmed',
    );
    await shot('01b-holidays-not-confirmed');
    step(`an administrator confirms ${YEAR} on 节假日安排`);
    const source = await confirmPlannedYear(
      await asAdmin(),
      baseUrl,
      adminApi,
      () => badRequests++,
      shot,
    );
    step(`${YEAR} confirmed from ${source}`);
    badRequests = 0; // any further 400 is a problem
    await page.bringToFront();
    await page.reload();
    await page.getByRole('button', { name: '生成排班' }).waitFor();
  }
  const days = await api.get<
    Array<{
      date: string;
      kind: string;
      working: boolean;
      periods: Array<{ onCallLeader: boolean }>;
    }>
  >(`/units/${me.unitId}/calendar?month=${MONTH}`);
  const availabilityDay = days.find((d) => d.date === AVAILABILITY_DAY);
  check(
    availabilityDay?.kind === 'workday' &&
      availabilityDay.working &&
      availabilityDay.periods.length === 0,
    `${AVAILABILITY_DAY} is an ordinary working day: ${JSON.stringify(availabilityDay)}`,
  );

  step('leaders and one leader marked unavailable');
  await page.getByRole('link', { name: '领导', exact: true }).click();
  await page.getByRole('cell', { name: '叶清禾' }).waitFor();
  await shot('02-leaders');
  await page.getByRole('link', { name: '叶清禾的时间安排' }).click();
  await page.waitForURL(/availability/);
  await page.goto(`${baseUrl}${new URL(page.url()).pathname}?month=${MONTH}`);
  await page.getByRole('button', { name: new RegExp(`^${AVAILABILITY_DAY_LABEL}`) }).click();
  const dayDialog = page.getByRole('dialog');
  await dayDialog.getByLabel('不可参加').check();
  await dayDialog.getByLabel('原因').selectOption('meeting');
  await dayDialog.getByLabel('备注（选填）').fill('全市经济工作会议');
  await dayDialog.getByRole('button', { name: '登记' }).click();
  await page.getByText(`已登记 ${AVAILABILITY_DAY_LABEL}`).waitFor();
  check(
    await page
      .getByRole('button', { name: new RegExp(`^${AVAILABILITY_DAY_LABEL}.*已登记 1 项`) })
      .isVisible(),
    'entry on the day',
  );
  await shot('03-availability');

  step('a solve shows progress and can be cancelled');
  await page.getByRole('link', { name: '月度排班' }).click();
  await page.goto(`${baseUrl}/roster?month=${MONTH}`);
  await page.getByRole('heading', { name: `${MONTH_LABEL}接访排班` }).waitFor();
  // A month solves in well under a second: hold this first request in the browser so the
  // progress panel stays up long enough to be stopped, whatever the machine's speed; then it
  // fails as a lost request would, so the service never makes the job.
  let held = false;
  lostRequests = 1;
  await page.route('**/api/v1/units/*/rosters', async (route) => {
    if (held || route.request().method() !== 'POST') return route.continue();
    held = true;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.abort('failed').catch(() => undefined);
  });
  await page.getByRole('button', { name: '生成排班' }).click();
  await page.getByRole('button', { name: '停止并采用当前结果' }).waitFor();
  check(await page.getByText(/正在生成排班，已用/).isVisible(), 'progress text');
  await shot('04-generating');
  await page.getByRole('button', { name: '停止并采用当前结果' }).click();
  await page.getByText('已取消生成排班').waitFor();
  check((await page.locator('li.chip').count()) === 0, 'nothing generated after cancel');
  await page.unroute('**/api/v1/units/*/rosters');

  step(`generate ${MONTH_LABEL}`);
  await page.getByRole('button', { name: '生成排班' }).click();
  await page.getByText(/生成排班完成/).waitFor({ timeout: 60_000 });
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
    !roster.assignments.some((a) => a.leaderId === yeQinghe.id && a.date === AVAILABILITY_DAY),
    `the unavailable leader is not on ${AVAILABILITY_DAY}`,
  );
  check(await page.locator('tr.kind-weekend').first().isVisible(), 'weekends marked');
  // A month with special-period on-call days has a 值班 column holding each on-call duty.
  const onCall = roster.assignments.filter((a) => a.session === 'CALL');
  const onCallDays = days.filter((d) => d.periods.some((p) => p.onCallLeader)).length;
  check(onCall.length === onCallDays, `one on-call duty per on-call day (${onCallDays})`);
  check(
    (await page.getByRole('columnheader', { name: '值班（24小时）' }).count()) ===
      (onCallDays > 0 ? 1 : 0),
    'a 值班 column exactly when the month has on-call days',
  );
  for (const a of onCall)
    check(
      (await page
        .locator(
          `tr[data-date="${a.date}"] td[data-session="CALL"] li.chip[data-assignment="${a.id}"]`,
        )
        .count()) === 1,
      `the on-call duty of ${a.date} in its 值班 cell`,
    );
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
  const workingDays = days.filter((d) => d.working).map((d) => d.date);
  const blocked: Blocked = (leaderId, date) =>
    leaderId === yeQinghe.id && date === AVAILABILITY_DAY;
  const openEdit = async ({ cell, to }: Replacement) => {
    await page.locator(`li.chip[data-assignment="${cell.id}"] .chip-name`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('接访领导（替换）').selectOption(to.id);
    return dialog;
  };
  let candidate = spacingCandidate(roster, leaders, workingDays, pinTarget.id, blocked);
  if (!candidate) {
    const prepared = spacingAfterSwap(roster, leaders, workingDays, pinTarget.id, blocked);
    check(prepared, 'a swap after which a replacement breaks the spacing rule');
    step('no such replacement as solved: swap two duties first');
    const findings = (r: Roster) =>
      JSON.stringify(r.findings.map((f) => [f.severity, f.rule]).sort());
    const before = findings(roster);
    for (const replacement of prepared.swap) {
      await (await openEdit(replacement)).getByRole('button', { name: '保存调整' }).click();
      await page
        .locator('.alert')
        .filter({ hasText: new RegExp(`已调整：.*${replacement.to.name}`) })
        .waitFor();
    }
    roster = await api.get<Roster>(`/rosters/${summary.id}`);
    check(findings(roster) === before, `the swap breaks no rule: ${findings(roster)}`);
    candidate = prepared.then;
  }
  check(candidate, 'a replacement that breaks the spacing rule');
  const edit = await openEdit(candidate);
  await shot('06-edit-dialog');
  await edit.getByRole('button', { name: '保存调整' }).click();
  // Named after the new leader: a banner of the swap above must not pass for this one.
  const warning = page
    .locator('.alert')
    .filter({ hasText: '此调整违反以下规则' })
    .filter({ hasText: candidate.to.name });
  await warning.waitFor();
  check((await warning.innerText()).includes('坐班间隔过近'), 'spacing rule named');
  const cell = page.locator(
    `tr[data-date="${candidate.cell.date}"] td[data-session="${candidate.cell.session}"]`,
  );
  check(/has-(warning|error)/.test((await cell.getAttribute('class')) ?? ''), 'the cell is marked');
  // One warning for the pair, and the other duty of the pair is marked too.
  const edited = await api.get<Roster>(`/rosters/${summary.id}`);
  const spacing = edited.findings.filter(
    (f) => f.rule === 'window' && f.leaderId === candidate.to.id,
  );
  check(spacing.length === 1, `one spacing warning for the pair: ${JSON.stringify(spacing)}`);
  for (const date of spacing[0].dates ?? []) {
    const duty = edited.assignments.find((a) => a.date === date && a.leaderId === candidate.to.id);
    check(duty, `a duty of the pair on ${date}`);
    const other = page.locator(`tr[data-date="${date}"] td[data-session="${duty.session}"]`);
    check(/has-warning/.test((await other.getAttribute('class')) ?? ''), `${date} is marked`);
  }
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
    download.suggestedFilename() === `${MONTH}-roster.xlsx`,
    `xlsx name ${download.suggestedFilename()}`,
  );
  const file = join(outputDir, download.suggestedFilename());
  await download.saveAs(file);
  check(readFileSync(file).subarray(0, 2).toString() === 'PK', 'xlsx is a zip');
  await page.getByRole('button', { name: '打印公告' }).click();
  const frame = page.frameLocator('iframe.notice-frame');
  await frame
    .getByRole('heading', { name: new RegExp(`${MONTH_LABEL}市领导接访日程公告`) })
    .waitFor();
  await shot('10-notice');
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).first().click();

  step(`节假日安排: the years as the API has them, a ${YEAR} correction previewed, not saved`);
  await previewCorrection({
    admin: await asAdmin(),
    baseUrl,
    adminApi,
    officeApi: api,
    unitId: me.unitId,
    unitName: await page.locator('.brand-unit').innerText(),
    roster: await api.get<Roster>(`/rosters/${summary.id}`),
    publishedVersion: 1,
    days,
    shot,
  });
  step('节假日安排 at phone width');
  await holidaysOnPhone(await asAdmin(), baseUrl, shot);
  await adminTab?.close();
  await page.bringToFront();

  step('special periods and statistics');
  await page.goto(`${baseUrl}/special-periods?year=${YEAR}`);
  await page.getByRole('heading', { name: `${YEAR}年特护期` }).waitFor();
  // The demo has periods in 2026 and 2027 only, so the year may have none: add one through the
  // page, in another month of the year so that the published roster and the cases flow stay as
  // they are.
  const periodMonth = `${YEAR}-${String(MONTH_NUMBER === 12 ? 11 : MONTH_NUMBER + 1).padStart(2, '0')}`;
  await page.getByRole('button', { name: '新增特护期' }).click();
  const periodDialog = page.getByRole('dialog');
  await periodDialog.getByLabel('名称').fill('市党代会');
  await periodDialog.getByLabel('开始日期').fill(`${periodMonth}-20`);
  await periodDialog.getByLabel('结束日期').fill(`${periodMonth}-24`);
  await periodDialog.getByLabel('备注', { exact: true }).fill('每日接访');
  await periodDialog.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存“市党代会”。').waitFor();
  // The year's demo periods (国庆 and the rest for 2026 and 2027) are listed beside the new one.
  const expected = [
    ...DEMO_SPECIAL_PERIODS.filter((p) => p.startDate.startsWith(`${YEAR}-`)).map((p) => p.name),
    '市党代会',
  ];
  for (const name of expected) await page.getByRole('heading', { name }).waitFor();
  check(
    (await page.locator('.period-card').count()) === expected.length,
    `${expected.length} periods listed`,
  );
  await shot('11-special-periods');
  await page.goto(`${baseUrl}/stats?year=${YEAR}`);
  await page.getByRole('heading', { name: /领导坐班次数/ }).waitFor();
  check(
    await page
      .getByRole('rowheader', { name: `${MONTH_NUMBER}月`, exact: true })
      .first()
      .isVisible(),
    `${MONTH_LABEL} in the year's statistics`,
  );
  await page.getByRole('heading', { name: '约访接访（批次 / 人次）' }).waitFor();
  // The year table: each leader's planned / published duties of the month, as the API counts them.
  await page.getByRole('heading', { name: /年度排班对照限额/ }).waitFor();
  const year = await api.get<{
    leaders: Array<{
      code: string;
      months: Array<{ month: string; planned: number; published: number }>;
    }>;
  }>(`/units/${me.unitId}/roster-year?year=${YEAR}`);
  const busiest = [...year.leaders].sort(
    (a, b) => b.months[MONTH_NUMBER - 1].planned - a.months[MONTH_NUMBER - 1].planned,
  )[0];
  const figures = busiest.months[MONTH_NUMBER - 1];
  const yearCell = page
    .locator(`table.year-table tr[data-leader="${busiest.code}"] td`)
    .nth(MONTH_NUMBER);
  check(
    (await yearCell.innerText()).startsWith(`${figures.planned} / ${figures.published}`),
    `year table: ${busiest.code} ${figures.planned} / ${figures.published} in ${MONTH_LABEL}`,
  );
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
