/**
 * Issue 19, item 3: a year no administrator has confirmed. The office opens a month of it on the
 * roster page, follows the link to 节假日安排, pastes the State Council's notice as published
 * (with a wrong day count first: the line is named), previews, confirms for its unit, and the
 * month's grid then shows the holidays and the 调休 working day.
 */
import { DateTime } from 'luxon';
import { YEAR } from './flow-month.js';
import { check, type ClerkContext, shot, signIn } from './clerk-steps.js';

/** Three years after the planned one: nobody confirms it in any flow. */
const NOTICE_YEAR = YEAR + 3;

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const md = (d: DateTime) => `${d.month}月${d.day}日（${WEEKDAYS[d.weekday - 1]}）`;

/** The first Saturday after a date: a 调休 working day the arrangement accepts. */
const saturdayAfter = (d: DateTime) => d.plus({ days: (6 - d.weekday + 7) % 7 || 7 });

/** A notice in the published wording, for NOTICE_YEAR. */
export function noticeText(daysOfLabour = 5): { text: string; makeup: string } {
  const y = NOTICE_YEAR;
  const may1 = DateTime.fromISO(`${y}-05-01`);
  const may5 = may1.plus({ days: 4 });
  const oct1 = DateTime.fromISO(`${y}-10-01`);
  const oct8 = oct1.plus({ days: 7 });
  const makeup = saturdayAfter(may5);
  const text = [
    `国务院办公厅关于${y}年部分节假日安排的通知`,
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    `经国务院批准，现将${y}年元旦、劳动节和国庆节放假调休日期的具体安排通知如下。`,
    `一、元旦：${md(DateTime.fromISO(`${y}-01-01`))}放假1天，不调休。`,
    `二、劳动节：${md(may1)}至${may5.day}日（${WEEKDAYS[may5.weekday - 1]}）放假调休，共${daysOfLabour}天。${md(makeup)}上班。`,
    `三、国庆节：${md(oct1)}至${oct8.day}日（${WEEKDAYS[oct8.weekday - 1]}）放假调休，共8天。${md(saturdayAfter(oct8))}上班。`,
    '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。',
    '国务院办公厅',
  ].join('\n');
  return { text, makeup: makeup.toISODate()! };
}

export async function holidayNoticeFlow(c: ClerkContext): Promise<void> {
  const month = `${NOTICE_YEAR}-05`;
  c.step(`holiday notice: the office confirms ${NOTICE_YEAR} for its unit`);
  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/roster?month=${month}`);
  const link = page.getByRole('link', { name: `前往“节假日安排”确认 ${NOTICE_YEAR} 年安排` });
  await link.waitFor();
  await shot(c, page, 'c3-holiday-roster-link');
  await link.click();
  await page.getByRole('heading', { name: `${NOTICE_YEAR}年节假日安排（本单位）` }).waitFor();
  const pasteChoice = page.getByLabel('粘贴国务院办公厅通知的安排');
  if (await pasteChoice.isVisible()) await pasteChoice.check();

  const box = page.getByRole('textbox', { name: `${NOTICE_YEAR} 年安排（每行一条）` });
  await box.fill(noticeText(4).text);
  await page.getByRole('button', { name: '检查并预览' }).click();
  await page
    .locator('.text-problems')
    .getByText(/第 5 行（劳动节）：写明共 4 天/)
    .waitFor();
  await shot(c, page, 'c3-holiday-notice-error');

  const { text, makeup } = noticeText();
  await box.fill(text);
  await page.getByRole('button', { name: '检查并预览' }).click();
  const preview = page.locator('.holiday-preview');
  await preview.waitFor();
  await shot(c, page, 'c3-holiday-notice-preview');
  await preview.getByRole('button', { name: `确认 ${NOTICE_YEAR} 年节假日安排` }).click();
  await page
    .getByText(/已确认 \d+ 年节假日安排：放假 14 天，调休上班 2 天。.*（仅本单位）/)
    .waitFor();
  await page.getByText(`${NOTICE_YEAR} 年安排由本单位两办确认`).waitFor();

  c.step('holiday notice: the month can be planned, holidays on the grid');
  await page.goto(`${c.baseUrl}/roster?month=${month}`);
  await page.getByRole('button', { name: '生成排班' }).waitFor();
  const may2 = page.locator(`tr[data-date="${month}-02"] .badge-holiday`);
  check((await may2.innerText()).includes('劳动节'), '2 May is a 劳动节 holiday');
  if (makeup.startsWith(month)) {
    const row = page.locator(`tr[data-date="${makeup}"] .badge-makeup_workday`);
    check(await row.isVisible(), `${makeup} shown as 调休上班`);
  }
  await shot(c, page, 'c3-holiday-confirmed-roster');
  await page.close();
}
