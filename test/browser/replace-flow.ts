/**
 * Issue 19, item 2: replacing a leader on a duty. The list ranks every other leader by what
 * giving them the duty would break (the least-change proposals first), a leader who is away is
 * disabled with the reason, and the chosen one's consequences show before saving. Counts the
 * clerk's actions.
 */
import { ActionCounter, check, type ClerkContext, shot, signIn } from './clerk-steps.js';
import { AWAY, DRAFT_MONTH, draftRoster } from './draft-roster.js';

export async function replaceFlow(c: ClerkContext): Promise<number> {
  c.step(`replace: ranked candidates on a ${DRAFT_MONTH} duty`);
  const { roster, office } = await draftRoster(c);
  const leaders = await office.get<Array<{ id: string; name: string }>>('/leaders');
  const away = leaders.find((l) => l.name === AWAY)!;
  // A reception duty while 温若宁 is away (the 10th–19th), held by someone else.
  const duty = roster.assignments.find(
    (a) =>
      a.session !== 'CALL' &&
      a.leaderId !== away.id &&
      a.date >= `${DRAFT_MONTH}-10` &&
      a.date <= `${DRAFT_MONTH}-19`,
  );
  check(duty, `a duty between the 10th and the 19th of ${DRAFT_MONTH}`);

  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/roster?month=${DRAFT_MONTH}`);
  const act = new ActionCounter(page);
  await act.click(page.locator(`li.chip[data-assignment="${duty.id}"] .chip-name`));
  const dialog = page.getByRole('dialog');
  const list = dialog.locator('.candidate-list');
  await list.locator('li.candidate').first().waitFor({ timeout: 60_000 });
  const awayRow = list.locator(`li.candidate[data-leader="${away.id}"]`);
  check(await awayRow.locator('input').isDisabled(), `${AWAY} (away) cannot be chosen`);
  const why = await awayRow.innerText();
  check(why.includes('不可选：'), `the reason is given: ${why}`);
  const first = list.locator('li.candidate').first();
  check((await first.innerText()).includes('推荐 1'), 'the best proposal comes first');
  await act.check(first.locator('input'));
  const effect = dialog.locator('.chosen-effect');
  await effect.waitFor();
  const foretold = await effect.innerText();
  await shot(c, page, 'c2-replace-candidates');
  await act.click(dialog.getByRole('button', { name: '保存调整' }));
  const banner = page.locator('.alert').filter({ hasText: '已调整' });
  await banner.waitFor();
  const said = await banner.innerText();
  // What the list foretold is what saving answered.
  check(
    foretold.includes('不违反任何规则') === said.includes('没有违反规则'),
    `foretold "${foretold}", answered "${said}"`,
  );
  await shot(c, page, 'c2-replace-saved');
  console.log(`  replace: a replacement with its consequences took ${act.count} actions`);
  check(act.count <= 4, `a replacement in at most 4 actions, took ${act.count}`);
  await page.close();
  return act.count;
}
