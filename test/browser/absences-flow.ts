/**
 * Issue 19, item 1: the office records a leader's 10-day trip as one date range (counting the
 * clerk's actions: under 8), pastes a list with a mistake (line and column named, nothing saved),
 * fixes it, and sees the absences as strips on the month grid. Uses the month after the planned
 * one, so the other flows' rosters are untouched.
 */
import { DateTime } from 'luxon';
import { MONTH } from './flow-month.js';
import {
  ActionCounter,
  check,
  type ClerkContext,
  ensureYearConfirmed,
  shot,
  signIn,
} from './clerk-steps.js';

const TRIP_MONTH = DateTime.fromISO(`${MONTH}-01`).plus({ months: 1 }).toFormat('yyyy-MM');
const TRAVELLER = '温若宁';
const PASTED = ['白沐阳', '郑知远'];

export async function absencesFlow(c: ClerkContext): Promise<number> {
  c.step(`absences: a 10-day trip in ${TRIP_MONTH}`);
  await ensureYearConfirmed(c, Number(TRIP_MONTH.slice(0, 4)));
  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/leaders`);
  await page.getByRole('heading', { name: '领导', exact: true }).waitFor();

  const act = new ActionCounter(page);
  await act.click(page.getByRole('button', { name: '登记外出/请假…' }));
  const dialog = page.getByRole('dialog', { name: '登记外出/请假' });
  await act.check(dialog.getByLabel(TRAVELLER));
  await act.fill(dialog.getByLabel('开始日期'), `${TRIP_MONTH}-10`);
  await act.fill(dialog.getByLabel('结束日期'), `${TRIP_MONTH}-19`);
  await shot(c, page, 'c1-absence-range');
  await act.click(dialog.getByRole('button', { name: '登记', exact: true }));
  await page.getByText(`已登记 ${TRAVELLER} ${TRIP_MONTH}-10 至 ${TRIP_MONTH}-19 出差。`).waitFor();
  const tripActions = act.count;
  console.log(`  absence: a 10-day trip took ${tripActions} actions (target: under 8)`);
  check(tripActions < 8, `a 10-day trip in under 8 actions, took ${tripActions}`);

  c.step('absences: a pasted list with a mistake, then fixed');
  await page.getByRole('button', { name: '登记外出/请假…' }).click();
  await dialog.getByRole('tab', { name: '粘贴名单' }).click();
  const lines = [
    '领导\t开始\t结束\t原因',
    `${PASTED[0]}\t${TRIP_MONTH}-03\t${TRIP_MONTH}-05\t会议`,
    `${PASTED[1]}\t${TRIP_MONTH}-32\t${TRIP_MONTH}-06 上午\t请假`,
  ];
  await dialog.getByRole('textbox').fill(lines.join('\n'));
  await dialog.getByRole('button', { name: '按名单登记' }).click();
  await dialog.getByText(/第3行第2列（开始）：无法识别日期/).waitFor();
  await shot(c, page, 'c1-absence-paste-error');
  lines[2] = `${PASTED[1]}\t${TRIP_MONTH}-04 下午\t${TRIP_MONTH}-06 上午\t请假`;
  await dialog.getByRole('textbox').fill(lines.join('\n'));
  await dialog.getByRole('button', { name: '按名单登记' }).click();
  // 3 whole days + (half, whole, half) = 6 entries.
  await page.getByText('已按名单登记 6 个领导·日（半天计为一项）。').waitFor();

  c.step('absences: strips on the month grid');
  await page.goto(`${c.baseUrl}/roster?month=${TRIP_MONTH}`);
  await page.locator('.month-grid').waitFor();
  const strip = page.locator('.absence-cell .strip', { hasText: TRAVELLER });
  await strip.first().waitFor();
  check((await strip.count()) === 10, `${TRAVELLER} on 10 days, got ${await strip.count()}`);
  const first = page.locator(`tr[data-date="${TRIP_MONTH}-10"] .absence-cell .strip`, {
    hasText: TRAVELLER,
  });
  check(
    (await first.getAttribute('class'))?.includes('joins-below'),
    'the first day of the trip joins the next',
  );
  const half = page.locator(`tr[data-date="${TRIP_MONTH}-04"] .absence-cell .strip`, {
    hasText: `${PASTED[1]}（下午）`,
  });
  check((await half.count()) === 1, 'the pasted afternoon is marked as such');
  await page.locator(`tr[data-date="${TRIP_MONTH}-08"]`).scrollIntoViewIfNeeded();
  await shot(c, page, 'c1-absence-strips');
  await page.close();
  return tripActions;
}
