/**
 * Issue 19, item 6 (and item 1's guidance): on the draft, the office records a leader's leave on
 * a day they already have a duty; the page says at once that the roster now breaks a hard rule.
 * The publish dialog lists the error as it opens, and 确认发布 cannot be clicked.
 */
import { check, type ClerkContext, shot, signIn } from './clerk-steps.js';
import { DRAFT_MONTH, draftRoster } from './draft-roster.js';

export async function publishErrorsFlow(c: ClerkContext): Promise<void> {
  c.step(`publish dialog: hard errors shown as it opens (${DRAFT_MONTH})`);
  const { roster, office } = await draftRoster(c);
  const leaders = await office.get<Array<{ id: string; name: string }>>('/leaders');
  // A reception duty after the trip of the 10th–19th.
  const duty = roster.assignments.find(
    (a) => a.session !== 'CALL' && a.date >= `${DRAFT_MONTH}-20`,
  );
  check(duty, `a duty from the 20th of ${DRAFT_MONTH}`);
  const leader = leaders.find((l) => l.id === duty.leaderId)!;

  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/roster?month=${DRAFT_MONTH}`);
  await page.getByRole('button', { name: '登记外出/请假…' }).click();
  const absence = page.getByRole('dialog', { name: '登记外出/请假' });
  await absence.getByLabel(leader.name).check();
  await absence.getByLabel('开始日期').fill(duty.date);
  await absence.getByLabel('结束日期').fill(duty.date);
  await absence.getByLabel('原因').selectOption('leave');
  await absence.getByRole('button', { name: '登记', exact: true }).click();
  await page
    .locator('.alert')
    .filter({ hasText: /已排的接访与之冲突，新增 \d+ 处错误/ })
    .waitFor();
  await shot(c, page, 'c6-absence-clash-banner');

  await page.getByRole('button', { name: '发布…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/班表仍有 \d+ 处不符合硬性规则，不能发布/).waitFor();
  const errors = await dialog.locator('.finding-error').allInnerTexts();
  check(
    errors.some((e) => e.includes(leader.name)),
    `the error names ${leader.name}: ${errors.join(' | ')}`,
  );
  check(
    await dialog.getByRole('button', { name: /确认发布/ }).isDisabled(),
    'publishing cannot be confirmed',
  );
  await shot(c, page, 'c6-publish-errors-on-open');
  await page.close();
}
