/**
 * 接待登记 and 年度报告 in a real browser, after the cases flow booked a session held earlier
 * (a published duty on the last working day whose morning has begun: today after 09:00, China
 * time): 信访局 records the leader's attendance, registers two walk-ins at that session (one
 * resolved on the spot, a group passed to a department), closes one with a follow-up (回访), then
 * reads the figures on the report page and checks them against the API.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { apiAs, lastWorkingDay } from './cases-setup.js';

export interface HallFlowContext {
  context: BrowserContext;
  baseUrl: string;
  password: string;
  outputDir: string;
  step: (name: string) => void;
  databaseUrl?: string;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

interface Figures {
  walkInBatches: number;
  walkInPersons: number;
  batches: number;
  persons: number;
  followUps: number;
}

export async function hallFlow({
  context,
  baseUrl,
  password,
  outputDir,
  step,
  databaseUrl,
}: HallFlowContext): Promise<void> {
  if (!databaseUrl) {
    step('hall flow skipped: no held session (the cases flow books it in the database)');
    return;
  }
  const problems: string[] = [];
  const page: Page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (401|409|422)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const shot = (name: string) =>
    page.screenshot({ path: resolve(outputDir, `${name}.png`), fullPage: true });
  const date = lastWorkingDay();
  const year = Number(date.slice(0, 4));
  const petition = await apiAs(baseUrl, 'petition', password);
  const { unitId } = await petition.get<{ unitId: string }>('/auth/me');
  const before = (
    await petition.get<{ total: Figures }>(`/units/${unitId}/hall-figures?year=${year}`)
  ).total;

  step(`hall: attendance and two walk-ins at the session of ${date}`);
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('petition');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
  await page.goto(`${baseUrl}/hall?date=${date}`);
  const duty = page.getByRole('group', { name: /^登记到岗：上午 / });
  await duty.waitFor();
  await duty.getByLabel('到岗情况').selectOption('present');
  await duty.getByRole('button', { name: '保存' }).click();
  await page.getByText(/^已登记 上午 .+ 的到岗情况。$/).waitFor();
  await page
    .getByRole('row', { name: /上午.*到岗/ })
    .first()
    .waitFor();

  const register = async (fill: (d: ReturnType<Page['getByRole']>) => Promise<void>) => {
    await page.getByRole('button', { name: '登记上午来访' }).click();
    const dialog = page.getByRole('dialog', { name: `来访登记：${date} 上午` });
    await fill(dialog);
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText(/^已登记来访 LF-\d{8}-\d{3}。$/).waitFor();
    await dialog.waitFor({ state: 'detached' });
  };
  await register(async (d) => {
    await d.getByLabel('来访人数').fill('1');
    await d.getByLabel('姓名').fill('欧阳禾');
    await d.getByLabel('联系电话').fill('13900001111');
    await d.getByLabel('身份证号').fill(idNumber('33010219700101701'));
    await d.getByLabel('反映事项').fill('小区加装电梯纠纷');
    await d.getByLabel('诉求').fill('尽快协调加装电梯');
    await d.getByLabel('当场化解').check();
  });
  await register(async (d) => {
    await d.getByLabel('来访人数').fill('6');
    await d.getByRole('button', { name: /增加代表/ }).click();
    const names = d.getByLabel('姓名');
    const ids = d.getByLabel('身份证号');
    await names.nth(0).fill('司马光');
    await ids.nth(0).fill(idNumber('33010219710202702'));
    await names.nth(1).fill('诸葛亮');
    await ids.nth(1).fill(idNumber('33010219720303703'));
    await d.getByLabel('事项分类').selectOption('劳动和社会保障');
    await d.getByLabel('反映事项').fill('农民工工资拖欠');
    await d.getByLabel('诉求').fill('尽快足额支付工资');
    await d.getByLabel('交办').check();
    await d.getByLabel('承办部门').selectOption({ label: '市人力资源和社会保障局' });
  });
  // The list reloads after the saved note shows: wait for both rows before the screenshot.
  const rows = page.locator('table tbody tr').filter({ hasText: /^LF-/ });
  await rows.nth(1).waitFor();
  await shot('40-hall-walk-ins');
  check((await rows.count()) >= 2, 'two walk-ins listed');
  check(!(await page.content()).includes('欧阳禾'), 'names masked in the list');

  step('hall: close one walk-in and follow it up');
  const first = await page
    .getByRole('button', { name: /^办结 LF-/ })
    .first()
    .getAttribute('aria-label');
  const reference = first!.replace('办结 ', '');
  await page.getByRole('button', { name: `办结 ${reference}` }).click();
  const closing = page.getByRole('dialog', { name: `办结：${reference}` });
  await closing.getByLabel('办理结果').fill('当场答复解决');
  await closing.getByRole('button', { name: '办结' }).click();
  await page.getByText(`${reference} 已办结。`).waitFor();
  await page.getByRole('button', { name: `回访 ${reference}` }).click();
  const follow = page.getByRole('dialog', { name: `回访：${reference}` });
  await follow.getByLabel('满意', { exact: true }).check();
  await follow.getByRole('button', { name: '保存回访' }).click();
  await page.getByText(`${reference} 已回访。`).waitFor();

  step('report: the figures on the page match the API, two more walk-ins than before');
  const after = await petition.get<{ total: Figures; sentence: string }>(
    `/units/${unitId}/hall-figures?year=${year}`,
  );
  check(after.total.walkInBatches === before.walkInBatches + 2, 'two more walk-in batches');
  check(after.total.walkInPersons === before.walkInPersons + 7, 'seven more persons');
  check(after.total.followUps === before.followUps + 1, 'one more follow-up');
  await page.goto(`${baseUrl}/report?year=${year}`);
  await page.getByRole('heading', { name: `${year}年接访工作报告` }).waitFor();
  await page.getByRole('list', { name: '报告语句' }).getByText(`${after.sentence}。`).waitFor();
  const yearRow = page.getByRole('table', { name: '月份' }).getByRole('row', { name: /^全年/ });
  const cells = await yearRow.getByRole('cell').allTextContents();
  // Columns after the head: 坐班天数, 半天数, 来访批次, 来访人次, 约访批次, 约访人次, 合计批次, 合计人次 …
  check(
    Number(cells[2]) === after.total.walkInBatches && Number(cells[7]) === after.total.persons,
    `the page's 全年 row (${cells.join(' ')}) shows the API's figures`,
  );
  await shot('41-report');
  check(problems.length === 0, `browser console errors: ${problems.join(' | ')}`);
  await page.close();
}
