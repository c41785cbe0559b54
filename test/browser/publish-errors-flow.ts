/**
 * Issue 19, item 6: a draft with a hard error (a duty given to a leader who is away): the publish
 * dialog lists the error as it opens, and 确认发布 cannot be clicked.
 */
import { check, type ClerkContext, shot, signIn } from './clerk-steps.js';
import { AWAY, DRAFT_MONTH, draftRoster } from './draft-roster.js';

export async function publishErrorsFlow(c: ClerkContext): Promise<void> {
  c.step(`publish dialog: hard errors shown as it opens (${DRAFT_MONTH})`);
  const { roster, office } = await draftRoster(c);
  const leaders = await office.get<Array<{ id: string; name: string }>>('/leaders');
  const away = leaders.find((l) => l.name === AWAY)!;
  const duty = [...roster.assignments]
    .reverse()
    .find(
      (a) =>
        a.session !== 'CALL' &&
        a.leaderId !== away.id &&
        a.date >= `${DRAFT_MONTH}-10` &&
        a.date <= `${DRAFT_MONTH}-19`,
    );
  check(duty, 'a duty while 温若宁 is away');
  const fresh = await office.get<{ version: number }>(`/rosters/${roster.id}`);
  const res = await office.send('PATCH', `/rosters/${roster.id}/assignments/${duty.id}`, {
    version: fresh.version,
    leaderId: away.id,
  });
  if (!res.ok) throw new Error(`give the duty to ${AWAY}: ${res.status} ${await res.text()}`);

  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/roster?month=${DRAFT_MONTH}`);
  await page.getByRole('button', { name: '发布…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/班表仍有 \d+ 处不符合硬性规则，不能发布/).waitFor();
  check(
    (await dialog.locator('.finding-error').first().innerText()).includes(AWAY),
    'the error names the leader who is away',
  );
  check(
    await dialog.getByRole('button', { name: /确认发布/ }).isDisabled(),
    'publishing cannot be confirmed',
  );
  await shot(c, page, 'c6-publish-errors-on-open');
  await page.close();
}
