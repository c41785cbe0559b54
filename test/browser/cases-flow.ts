/**
 * The 重点约访, 订阅 and 提醒 pages in a real browser, after the office flow has published the
 * planned month (flow-month.ts): 信访局 uploads a bad case file and sees every row error in a
 * table, then a good one; matches the month, sees the reason a case stayed unmatched, accepts a
 * proposal; personal data stays masked; gets a calendar link with its QR code and rotates it;
 * 两办 reads 提醒. Then 信访局 edits a case (a refused edit, a version conflict with 政法委, a
 * petitioner's phone after an audited full load), records the reception of a session held
 * earlier, extends its handling deadline and closes the case; 两办 reads the records only.
 */
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  apiAs,
  bookHeldSession,
  chinaToday,
  dueText,
  eventually,
  lastWorkingDay,
  rolledDeadline,
} from './cases-setup.js';
import { dayLabel, LAST_DAY, MONTH, MONTH_LABEL, TOMORROW } from './flow-month.js';

export interface CasesFlowContext {
  context: BrowserContext;
  baseUrl: string;
  password: string;
  outputDir: string;
  step: (name: string) => void;
  /** The service's database, to book a session held earlier; without it the reception is skipped. */
  databaseUrl?: string;
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

/** The case 信访局 edits: imported with 红 and 王桂兰's phone 13712345678. */
const EDITED = 'QR-2026-101';
const NEW_PHONE = '13798765432';
/** A case received at a session held earlier, then extended and closed. */
const HELD = 'QR-2026-103';
const HELD_ID = idNumber('11010119900214567');
const HANDLING_DEPARTMENT = '市自然资源和规划局';

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

interface CaseItem {
  id: string;
  reference: string;
  version: number;
}
interface AppointmentItem {
  id: string;
  caseReference: string;
  status: string;
}
interface AuditRow {
  id: string;
  action: string;
  entityId: string | null;
  username: string | null;
  detail: Record<string, unknown> | null;
}

const plusDays = (date: string, n: number) => DateTime.fromISO(date).plus({ days: n }).toISODate()!;
const daysFrom = (from: string, to: string) =>
  Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);

/** For what a page shows after a request without a message of its own: polled for 10 s. */
/** A refusal scrolled into view inside a dialog must not sit under its sticky title bar. */
async function checkBelowTitle(target: Locator, dialog: Locator): Promise<void> {
  // Let the smooth scroll settle before measuring.
  await new Promise((r) => setTimeout(r, 300));
  const box = await target.boundingBox();
  const head = await dialog.locator('.dialog-head').boundingBox();
  check(box && head, 'the refusal and the title bar are on screen');
  check(
    box.y >= head.y + head.height - 1,
    `the refusal (y ${box.y}) is below the title bar (ends at ${head.y + head.height})`,
  );
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
  databaseUrl,
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

  step('信访局 edits a case: a new 风险等级 is saved, an empty 约访截止日期 refused');
  // A tab in the background paints no frames: every action would wait for a stable element.
  await page.bringToFront();
  await page.goto(`${baseUrl}/priority-cases?month=${MONTH}`);
  const caseRow = page.locator(`tr[data-case="${EDITED}"]`);
  await caseRow.waitFor();
  check((await caseRow.locator('.risk').innerText()) === '红', 'imported as 红');
  await page.getByRole('button', { name: `改派 ${EDITED}` }).waitFor();
  check(
    !(await page.getByRole('button', { name: `登记 ${EDITED} 的接访结果` }).isVisible()),
    'no reception recorded for a session still to come',
  );
  const editButton = page.getByRole('button', { name: `修改案件 ${EDITED}` });
  const edit = page.getByRole('dialog', { name: `修改案件：${EDITED}` });
  const save = edit.getByRole('button', { name: '保存修改' });
  const saved = page.getByText(`已保存案件 ${EDITED} 的修改。`, { exact: true });
  await editButton.click();
  await edit.getByLabel('风险等级').selectOption({ label: '橙' });
  await save.click();
  // Exactly this text: a new risk level leaves the booking alone (no 退回待确认 sentence).
  await saved.waitFor();
  check(!(await edit.isVisible()), 'the dialog closes after saving');
  await caseRow.locator('.risk', { hasText: /^橙$/ }).waitFor();
  // Dismissed, so that the next save has to show its own.
  await page
    .getByRole('status')
    .filter({ has: saved })
    .getByRole('button', { name: '关闭提示' })
    .click();
  await saved.waitFor({ state: 'detached' });
  await editButton.click();
  const deadline = edit.getByLabel(/^约访截止日期/);
  check((await deadline.inputValue()) === LAST_DAY, `deadline in the form: ${LAST_DAY}`);
  await deadline.fill('');
  await save.click();
  const refusal = edit.getByRole('alert');
  await refusal.waitFor();
  const refusalText = await refusal.innerText();
  check(
    refusalText.includes('约访截止日期：约访截止日期不能为空'),
    `the field named in the refusal: ${refusalText}`,
  );
  await checkBelowTitle(refusal, edit);
  await shot('22-case-edit-refused', page);
  await edit.getByRole('button', { name: '取消' }).click();
  check(
    (await caseRow.innerText()).includes(`${dayLabel(LAST_DAY)}前`),
    'the refused edit left the deadline as it was',
  );

  step('a version conflict with 政法委, then 载入最新内容');
  await editButton.click();
  const repeats = edit.getByLabel('重复信访次数');
  const storedRepeats = await repeats.inputValue();
  await repeats.fill(String(Number(storedRepeats) + 2));
  const politics = await apiAs(baseUrl, 'politics', password);
  const edited = (
    await politics.get<{ items: CaseItem[] }>('/priority-cases?limit=200')
  ).items.find((c) => c.reference === EDITED);
  check(edited, `政法委 sees ${EDITED}`);
  const other = await politics.send('PATCH', `/priority-cases/${edited.id}`, {
    version: edited.version,
    locality: '青嵘市东城区',
  });
  check(other.ok, `政法委's edit: ${other.status} ${await other.text()}`);
  await save.click();
  await edit.getByText('该案件在您打开后已被他人修改').waitFor();
  await checkBelowTitle(edit.getByText('该案件在您打开后已被他人修改'), edit);
  check(await save.isDisabled(), 'no saving over the other edit');
  await shot('23-case-edit-conflict', page);
  await edit.getByRole('button', { name: '载入最新内容' }).click();
  // The refusal goes at once, the newest version a moment later.
  await refusal.waitFor({ state: 'detached' });
  await eventually(
    async () => (await edit.getByLabel('问题属地').inputValue()) === '青嵘市东城区',
    "政法委's edit loaded",
  );
  check((await repeats.inputValue()) === storedRepeats, 'the unsaved edit is dropped');
  check(await save.isEnabled(), 'saving possible again');

  step('信访人: an audited full load, a new phone, masked again after saving');
  const admin = await apiAs(baseUrl, 'admin', password);
  const auditSince = async (mark: number) =>
    (await admin.get<AuditRow[]>('/audit-log?limit=500')).filter((r) => Number(r.id) > mark);
  const mark = Math.max(0, ...(await auditSince(0)).map((r) => Number(r.id)));
  await edit.getByRole('button', { name: '修改信访人（载入完整信息，记入审计日志）' }).click();
  const phone = edit.getByLabel('电话', { exact: true });
  await phone.waitFor();
  check((await edit.getByLabel('信访人1姓名').inputValue()) === '王桂兰', 'the full name loaded');
  check((await phone.inputValue()) === '13712345678', 'the full phone loaded');
  const reads = (await auditSince(mark)).filter(
    (r) => r.action === 'pii.read' && r.entityId === edited.id && r.username === 'petition',
  );
  check(reads.length === 1, `the full load audited once (${reads.length})`);
  await phone.fill(NEW_PHONE);
  await shot('24-petitioner-edit', page);
  await save.click();
  await saved.waitFor();
  await edit.waitFor({ state: 'detached' });
  await caseRow.getByText('137****5432', { exact: false }).waitFor();
  const maskedRow = await caseRow.innerText();
  check(
    !maskedRow.includes(NEW_PHONE) && !maskedRow.includes('王桂兰') && maskedRow.includes('王*'),
    `masked again: ${maskedRow}`,
  );
  const afterSave = await page.content();
  check(
    !afterSave.includes(NEW_PHONE) &&
      !afterSave.includes('13712345678') &&
      !afterSave.includes(GOOD_ID),
    'no full personal data left on the page',
  );
  const logged = await auditSince(mark);
  const update = logged.find((r) => r.action === 'case.update' && r.entityId === edited.id);
  check(
    update && JSON.stringify(update.detail).includes('petitioners'),
    `the edit audited as a petitioner change: ${JSON.stringify(update?.detail)}`,
  );
  const logText = JSON.stringify(logged);
  check(
    !logText.includes(NEW_PHONE) && !logText.includes('13712345678') && !logText.includes('王桂兰'),
    'no personal data in the audit log',
  );

  // A case received earlier: submitted through the API, booked on a held session in the database.
  const petition = await apiAs(baseUrl, 'petition', password);
  const submitted = await petition.send('POST', '/priority-cases', [
    {
      reference: HELD,
      subject: '城乡建设',
      summary: '回迁安置房产权证办理迟缓',
      risk: '黄',
      groupSize: 1,
      petitioners: [{ name: '孙丽华', phone: '13512345678', idNumber: HELD_ID }],
      receiveBefore: LAST_DAY,
    },
  ]);
  check(submitted.ok, `submit ${HELD}: ${submitted.status} ${await submitted.text()}`);
  const heldCase = (
    await petition.get<{ items: CaseItem[] }>('/priority-cases?limit=200')
  ).items.find((c) => c.reference === HELD);
  check(heldCase, `${HELD} listed`);
  const record = page.locator(`tr[data-record="${HELD}"]`);
  // The month of the held session: 接访记录 open on the page's month.
  let heldMonth: string | undefined;
  if (!databaseUrl) {
    step('reception and extension skipped: no database to book a held session in');
    await page.reload();
  } else {
    step('a reception recorded for a session that has taken place (交办)');
    const { unitId } = await petition.get<{ unitId: string }>('/auth/me');
    const booked = (
      await petition.get<AppointmentItem[]>(`/units/${unitId}/appointments?month=${MONTH}`)
    ).find((a) => a.caseReference === EDITED && a.status === 'scheduled');
    check(booked, `${EDITED} still booked in ${MONTH}`);
    const held = await bookHeldSession(databaseUrl, {
      caseId: heldCase.id,
      like: booked.id,
      date: lastWorkingDay(),
    });
    heldMonth = held.month;
    await page.goto(`${baseUrl}/priority-cases?month=${held.month}`);
    const heldRow = page.locator(`tr[data-appointment="${held.appointmentId}"]`);
    await heldRow.getByText('已约定').waitFor();
    await page.getByRole('button', { name: `登记 ${HELD} 的接访结果` }).click();
    const reception = page.getByRole('dialog', { name: `登记接访：${HELD}` });
    await reception.getByLabel('交办', { exact: true }).check();
    await reception.getByLabel('承办部门').selectOption({ label: HANDLING_DEPARTMENT });
    await shot('25-reception-dialog', page);
    await reception.getByRole('button', { name: '登记', exact: true }).click();
    // Day 60, or the next working day when it is a rest day (the counted day shown too).
    const counted = plusDays(held.date, 60);
    const due = await rolledDeadline(petition, unitId, counted);
    await page
      .getByText(`已登记 ${HELD} 的接访结果（交办），办理期限 ${dueText(due, counted)}。`)
      .waitFor();
    await heldRow.getByText('已接待').waitFor();
    check(
      !(await page.getByRole('button', { name: `登记 ${HELD} 的接访结果` }).isVisible()),
      'a reception is recorded once',
    );
    await record.waitFor();
    const daysLeft = daysFrom(chinaToday(), due);
    const recorded = await record.innerText();
    for (const part of [`剩 ${daysLeft} 天`, '交办', HANDLING_DEPARTMENT, dayLabel(due)]) {
      check(recorded.includes(part), `接访记录 shows ${part}: ${recorded}`);
    }
    await shot('26-reception-records', page);

    step('the handling deadline extended once by 30 days');
    await page.getByRole('button', { name: `延长 ${HELD} 的办理期限` }).click();
    const extend = page.getByRole('dialog', { name: `延长办理期限：${HELD}` });
    await extend.getByLabel('延期原因').fill('涉及多个部门会商，需补充调查');
    await extend.getByRole('button', { name: '延期 30 日' }).click();
    // 30 more days from the counted day, rolled again if need be.
    const countedExtended = plusDays(counted, 30);
    const extended = await rolledDeadline(petition, unitId, countedExtended);
    await page
      .getByText(`${HELD} 的办理期限已延至 ${dueText(extended, countedExtended)}。`)
      .waitFor();
    await record.getByText(`已延期（原 ${dayLabel(counted)}）`).waitFor();
    const extendedText = await record.innerText();
    const extendedLeft = daysFrom(chinaToday(), extended);
    for (const part of [`剩 ${extendedLeft} 天`, dayLabel(extended), '涉及多个部门会商']) {
      check(extendedText.includes(part), `extended record shows ${part}: ${extendedText}`);
    }
    check(
      !(await page.getByRole('button', { name: `延长 ${HELD} 的办理期限` }).isVisible()),
      'extended only once',
    );
    await shot('27-deadline-extended', page);
  }

  step(`办结 ${HELD}: its 修改/办结 buttons go`);
  await page.getByRole('button', { name: `办结案件 ${HELD}` }).click();
  const closing = page.getByRole('dialog', { name: `办结案件：${HELD}` });
  await closing.getByLabel('办结原因').fill('产权证已办理，信访人表示满意');
  await closing.getByRole('button', { name: '办结', exact: true }).click();
  await page.getByText(`案件 ${HELD} 已办结。`).waitFor();
  const closedRow = page.locator(`tr[data-case="${HELD}"]`);
  await closedRow.getByText('办结：产权证已办理，信访人表示满意').waitFor();
  check((await closedRow.innerText()).includes('已办结'), 'status 已办结');
  check((await closedRow.getByRole('button').count()) === 0, 'no 修改/办结 for a closed case');
  check(await editButton.isVisible(), `${EDITED} can still be edited`);
  if (databaseUrl) {
    // The handling clock stops with the case.
    await record.locator('td', { hasText: /^已办结$/ }).waitFor();
    check(!(await record.innerText()).includes('剩 '), 'no days left on a closed case');
  }
  await shot('28-case-closed', page);

  step('两办 reads the cases and 接访记录, without 修改 or 办结');
  await office.bringToFront();
  if (heldMonth) await office.goto(`${baseUrl}/priority-cases?month=${heldMonth}`);
  else await office.reload();
  await office.locator(`tr[data-case="${EDITED}"]`).waitFor();
  check(
    (await office.getByRole('button', { name: /^(修改|办结)案件 / }).count()) === 0,
    'office edits and closes no case',
  );
  await office.getByRole('heading', { name: '接访记录', exact: true }).waitFor();
  if (databaseUrl) {
    const officeRecord = office.locator(`tr[data-record="${HELD}"]`);
    await officeRecord.waitFor();
    const text = await officeRecord.innerText();
    check(text.includes('交办') && text.includes('已办结'), `office sees the record: ${text}`);
  } else {
    await office.locator('table.reception-table').or(office.getByText('没有接访记录。')).waitFor();
  }
  const officeHtml = await office.content();
  check(!officeHtml.includes(NEW_PHONE) && !officeHtml.includes('孙丽华'), 'masked for office');
  await shot('29-cases-office', office);

  check(problems.length === 0, `browser console errors: ${problems.join(' | ')}`);
}
