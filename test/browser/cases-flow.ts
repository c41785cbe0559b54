/**
 * The 重点约访, 订阅 and 提醒 pages in a real browser, after the office flow has published the
 * planned month (flow-month.ts): 信访局 uploads a bad case file and sees every row error in a
 * table, then a good one; matches the month, sees the reason a case stayed unmatched, accepts a
 * proposal; personal data stays masked; gets a calendar link with its QR code and rotates it;
 * 两办 reads 提醒.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { LAST_DAY, MONTH, MONTH_LABEL, TOMORROW } from './flow-month.js';

export interface CasesFlowContext {
  context: BrowserContext;
  baseUrl: string;
  password: string;
  outputDir: string;
  step: (name: string) => void;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** A resident ID number with a valid GB 11643 check character. */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const HEADER =
  '案件编号,信访事项分类,简要案情,风险等级,涉及人数,信访人1姓名,信访人1电话,信访人1身份证号,约访截止日期';
const GOOD_ID = idNumber('11010119850307123');
const OTHER_ID = idNumber('11010119720611456');
/** Same digits as a valid number with the check character changed. */
const BAD_ID = GOOD_ID.slice(0, 17) + (GOOD_ID[17] === '0' ? '1' : '0');

const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n', 'utf8');

const BAD_FILE = csv([
  `BAD-001,城乡建设,小区配套学校未按规划建设,橙,3,张建国,13912345678,${BAD_ID},${LAST_DAY}`,
  `BAD-002,城乡建设,,黄,1,李秀英,13812345678,${OTHER_ID},${LAST_DAY}`,
]);

const GOOD_FILE = csv([
  `QR-2026-101,城乡建设,安置房屋面渗漏多次反映未解决,红,2,王桂兰,13712345678,${GOOD_ID},${LAST_DAY}`,
  // Due tomorrow: before every session of the planned month, so it stays unmatched.
  `QR-2026-102,城乡建设,旧城改造补偿标准争议,蓝,1,赵志明,13612345678,${OTHER_ID},${TOMORROW}`,
]);

/**
 * As admin: notifications go to a webhook nobody listens on, at any hour, so the department
 * invitation of the accepted appointment fails (the service runs with NOTIFY_MAX_ATTEMPTS=1)
 * and shows up among the dead letters.
 */
async function breakNotifications(baseUrl: string, password: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { Authorization: `Bearer ${accessToken}` };
  const me = (await (await fetch(`${baseUrl}/api/v1/auth/me`, { headers: auth })).json()) as {
    unitId: string;
  };
  const res = await fetch(`${baseUrl}/api/v1/units/${me.unitId}/notify-settings`, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channels: { webhook: { url: 'http://127.0.0.1:9/hook' } },
      preference: ['webhook'],
      quietHours: null,
    }),
  });
  check(res.ok, `notify settings: ${res.status} ${await res.text()}`);
}

async function signIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

export async function casesFlow({
  context,
  baseUrl,
  password,
  outputDir,
  step,
}: CasesFlowContext): Promise<void> {
  const problems: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error' && !/status of (401|409|422)/.test(m.text()))
        problems.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(e.message));
  };
  const shot = async (name: string, p: Page) => {
    const phone = (p.viewportSize()?.width ?? 1280) < 600;
    await p.screenshot({ path: join(outputDir, `${name}.png`), fullPage: !phone });
  };

  step('信访局 uploads a bad case file and sees its row errors');
  const page = await context.newPage();
  watch(page);
  await signIn(page, baseUrl, 'petition', password);
  const menu = await page.getByRole('navigation', { name: '主菜单' }).innerText();
  for (const item of ['重点约访', '提醒', '订阅']) check(menu.includes(item), `menu has ${item}`);
  await page.getByRole('link', { name: '重点约访' }).click();
  await page.getByRole('heading', { name: '重点约访', level: 1 }).waitFor();
  await page.goto(`${baseUrl}/priority-cases?month=${MONTH}`);
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载导入模板' }).click(),
  ]);
  check(template.suggestedFilename().endsWith('.xlsx'), 'template is an xlsx');
  await page
    .getByLabel('案件文件（XLSX 或 CSV，按模板填写）')
    .setInputFiles({ name: '重点约访-有错误.csv', mimeType: 'text/csv', buffer: BAD_FILE });
  await page.getByRole('button', { name: '上传并导入' }).click();
  const errors = page.locator('table.row-errors');
  await errors.waitFor();
  const rows = await errors.locator('tbody tr').allInnerTexts();
  check(
    rows.some(
      (r) => r.includes('第 2 行') && r.includes('信访人1身份证号') && r.includes('校验位'),
    ),
    `invalid ID number on row 2: ${rows.join(' | ')}`,
  );
  check(
    rows.some((r) => r.includes('第 3 行') && r.includes('简要案情') && r.includes('不能为空')),
    `missing summary on row 3: ${rows.join(' | ')}`,
  );
  check(await page.getByText('未写入任何案件').isVisible(), 'nothing written');
  await shot('15-case-row-errors', page);

  step(`a good file, matching ${MONTH_LABEL} with the reason for the unmatched case`);
  await page
    .getByLabel('案件文件（XLSX 或 CSV，按模板填写）')
    .setInputFiles({ name: '重点约访.csv', mimeType: 'text/csv', buffer: GOOD_FILE });
  await page.getByRole('button', { name: '上传并导入' }).click();
  await page.getByText('已导入 2 件案件。').waitFor();
  check(!(await errors.isVisible()), 'row errors cleared');
  await page.locator('tr[data-case="QR-2026-101"]').waitFor();
  const html = await page.content();
  check(!html.includes(GOOD_ID) && !html.includes('王桂兰'), 'personal data masked by default');
  await page.getByRole('button', { name: `匹配${MONTH_LABEL}的约访` }).click();
  await page.getByText(/^匹配完成：/).waitFor({ timeout: 30_000 });
  const unmatched = page.locator('table.unmatched-table');
  const reason = await unmatched.locator('tr', { hasText: 'QR-2026-102' }).innerText();
  check(reason.includes('截止日期'), `unmatched reason in Chinese: ${reason}`);
  const proposal = page.locator('table.appointment-table tr', { hasText: 'QR-2026-101' });
  await proposal.getByText('待确认').waitFor();
  await breakNotifications(baseUrl, password);
  await page.getByRole('button', { name: '接受 QR-2026-101 的约访建议' }).click();
  await page.getByText(/^已确认 QR-2026-101：/).waitFor();
  await proposal.getByText('已约定').waitFor();
  await shot('16-matching', page);

  step('reassign dialog lists published sessions');
  await page.getByRole('button', { name: '改派 QR-2026-101' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel(/新的场次/)
    .or(dialog.getByText(/没有其他分管领导的场次/))
    .waitFor();
  await shot('17-reassign-dialog', page);
  await dialog.getByRole('button', { name: '取消' }).click();

  step('phone width');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  check(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
  await shot('18-cases-phone', page);
  await page.setViewportSize({ width: 1280, height: 800 });

  step('订阅: a calendar link with its QR code, rotated');
  await page.getByRole('link', { name: '订阅' }).click();
  await page.getByRole('heading', { name: '日历订阅' }).waitFor();
  await page.getByRole('button', { name: '获取订阅链接' }).click();
  const qr = page.getByRole('img', { name: /订阅二维码/ });
  await qr.waitFor();
  check(
    await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0),
    'QR code image loaded',
  );
  const url = await page.getByLabel(/订阅地址/).inputValue();
  check(/\/feeds\/[\w-]+\.ics$/.test(url), `feed url ${url}`);
  const feed = await fetch(`${baseUrl}${new URL(url).pathname}`);
  check(feed.ok && (await feed.text()).includes('BEGIN:VCALENDAR'), 'the link serves a calendar');
  check(
    (await page.getByRole('link', { name: /webcal/ }).getAttribute('href'))?.startsWith('webcal:'),
    'webcal link',
  );
  await shot('19-feeds', page);
  await page.getByRole('button', { name: '更换链接（旧链接失效）' }).click();
  await page.getByText(/^已更换订阅链接/).waitFor();
  await page.getByRole('cell', { name: /^已更换/ }).waitFor();
  const old = await fetch(`${baseUrl}${new URL(url).pathname}`);
  check(old.status === 410, `rotated link answers 410 (${old.status})`);

  step('两办 reads 提醒');
  const office = await context.newPage();
  watch(office);
  await signIn(office, baseUrl, 'office', password);
  await office.getByRole('link', { name: '提醒' }).click();
  await office.getByRole('heading', { name: '提醒通知' }).waitFor();
  // The failed invitation becomes a dead letter within a few seconds of the acceptance.
  const deadRow = office.locator('table.dead-table tbody tr').first();
  for (let i = 0; i < 20 && !(await deadRow.isVisible()); i++) {
    await office.waitForTimeout(1000);
    await office.reload();
    await office.getByRole('heading', { name: /发送失败的通知（/ }).waitFor();
  }
  check(await deadRow.isVisible(), 'a dead letter listed');
  const deadText = await deadRow.innerText();
  check(deadText.includes('部门参加约访通知'), `dead letter rule: ${deadText}`);
  check(/\S/.test(await deadRow.locator('td.error-text').innerText()), 'last error shown');
  await shot('20-dead-letters', office);
  await deadRow.getByRole('button', { name: /^重新发送给/ }).click();
  await office.getByText(/^已重新发送给/).waitFor();
  await office
    .locator('table.notification-table')
    .or(office.getByText('没有符合条件的通知。'))
    .waitFor();
  await office.getByLabel('状态').selectOption('planned');
  await office.getByRole('button', { name: '查询' }).click();
  await office
    .locator('table.notification-table')
    .or(office.getByText('没有符合条件的通知。'))
    .waitFor();
  await shot('21-notifications', office);
  const officeMenu = await office.getByRole('navigation', { name: '主菜单' }).innerText();
  check(officeMenu.includes('重点约访'), 'office sees 重点约访');
  await office.getByRole('link', { name: '重点约访' }).click();
  await office.getByRole('button', { name: '下载导入模板' }).waitFor();
  check(
    !(await office.getByRole('button', { name: '上传并导入' }).isVisible()),
    'office cannot submit cases',
  );

  check(problems.length === 0, `browser console errors: ${problems.join(' | ')}`);
}
