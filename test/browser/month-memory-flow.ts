/**
 * Issue 19, item 5: a page without a month opens on the month holding today's and the next
 * sessions, and a month chosen on one page is the month the next page opens on.
 */
import { DateTime } from 'luxon';
import { MONTH } from './flow-month.js';
import { check, type ClerkContext, ensureYearConfirmed, shot, signIn } from './clerk-steps.js';

const label = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`;

/** As web/src/month-memory.ts: today's month while a weekday remains in it, else the next. */
function sessionMonth(): string {
  const today = DateTime.now().setZone('Asia/Shanghai').startOf('day');
  for (let d = today; d.month === today.month; d = d.plus({ days: 1 })) {
    if (d.weekday <= 5) return today.toFormat('yyyy-MM');
  }
  return today.plus({ months: 1 }).toFormat('yyyy-MM');
}

export async function monthMemoryFlow(c: ClerkContext): Promise<void> {
  const current = sessionMonth();
  c.step(`month memory: pages open on ${current}, then on the month chosen`);
  await ensureYearConfirmed(c, Number(current.slice(0, 4)));
  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/roster`);
  await page.getByRole('heading', { name: `${label(current)}接访排班` }).waitFor();
  await shot(c, page, 'c5-roster-current-month');
  await page.getByRole('link', { name: '重点约访' }).click();
  const appointmentsMonth = page.getByLabel('约访月份');
  await appointmentsMonth.waitFor();
  check((await appointmentsMonth.inputValue()) === current, 'the 约访 list opens on it too');

  const chosen = DateTime.fromISO(`${MONTH}-01`).plus({ months: 1 }).toFormat('yyyy-MM');
  await page.getByRole('link', { name: '月度排班' }).click();
  await page.getByRole('textbox', { name: '月份' }).fill(chosen);
  await page.getByRole('heading', { name: `${label(chosen)}接访排班` }).waitFor();
  await page.getByRole('link', { name: '重点约访' }).click();
  await appointmentsMonth.waitFor();
  check(
    (await appointmentsMonth.inputValue()) === chosen,
    `the 约访 list follows to ${chosen}: ${await appointmentsMonth.inputValue()}`,
  );
  await shot(c, page, 'c5-cases-remembered-month');
  await page.getByRole('link', { name: '领导' }).click();
  const link = page.getByRole('link', { name: '温若宁的时间安排' });
  check(
    (await link.getAttribute('href'))?.endsWith(`month=${chosen}`),
    "a leader's days open on it",
  );
  await page.getByRole('link', { name: '月度排班' }).click();
  await page.getByRole('heading', { name: `${label(chosen)}接访排班` }).waitFor();
  await page.close();
}
