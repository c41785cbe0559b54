/**
 * Issue 19, item 8: a leader's page shows their duties, their appointments and 我的提醒 (what
 * was sent to them), and none of the office's noise (rule counts, pins, findings, tools).
 */
import { apiAs } from './cases-setup.js';
import { check, type ClerkContext, ensureYearConfirmed, shot, signIn } from './clerk-steps.js';
import { MONTH, MONTH_LABEL } from './flow-month.js';

interface Roster {
  id: string;
  version: number;
  publishedVersion: number;
  status: string;
  assignments: Array<{ leaderId: string; date: string; session: string }>;
}

/** The planned month's roster, generated and published here when no other flow has. */
async function publishedRoster(c: ClerkContext): Promise<Roster> {
  const office = await apiAs(c.baseUrl, 'office', c.password);
  const me = await office.get<{ unitId: string }>('/auth/me');
  const list = await office.get<Array<{ id: string; month: string }>>(
    `/units/${me.unitId}/rosters?month=${MONTH}`,
  );
  let roster = list.find((r) => r.month === MONTH)
    ? await office.get<Roster>(`/rosters/${list.find((r) => r.month === MONTH)!.id}`)
    : null;
  if (!roster) {
    const made = await office.send('POST', `/units/${me.unitId}/rosters?wait=60`, {
      month: MONTH,
    });
    if (!made.ok) throw new Error(`generate ${MONTH}: ${made.status} ${await made.text()}`);
    roster = (await made.json()) as Roster;
  }
  if (roster.status !== 'published') {
    // A month published before (the solve-job flow re-solved it) needs a reason to publish again.
    const res = await office.send('POST', `/rosters/${roster.id}/publish`, {
      version: roster.version,
      ...(roster.publishedVersion > 0 ? { reason: '重新求解后再次发布' } : {}),
    });
    if (!res.ok) throw new Error(`publish ${MONTH}: ${res.status} ${await res.text()}`);
    roster = (await res.json()) as Roster;
  }
  return roster;
}

export async function leaderViewFlow(c: ClerkContext): Promise<void> {
  c.step(`leader view: ${MONTH_LABEL} as a leader sees it`);
  await ensureYearConfirmed(c, Number(MONTH.slice(0, 4)));
  const roster = await publishedRoster(c);
  const office = await apiAs(c.baseUrl, 'office', c.password);
  const leaders = await office.get<Array<{ id: string; code: string; name: string }>>('/leaders');
  const duty = roster.assignments.find((a) => a.session !== 'CALL')!;
  const leader = leaders.find((l) => l.id === duty.leaderId)!;
  const sent = await office.send('POST', `/leaders/${leader.id}/feed/send`);
  check(sent.ok, `send the link: ${sent.status}`);

  const page = await signIn(c, leader.code.replace('L', 'leader'));
  await page.goto(`${c.baseUrl}/roster?month=${MONTH}`);
  await page.getByRole('heading', { name: `${leader.name}的接访日程 · ${MONTH_LABEL}` }).waitFor();
  const mine = roster.assignments.filter((a) => a.leaderId === leader.id).length;
  const listed = await page.locator('.my-duty-list li').count();
  check(listed === mine, `their ${mine} duties listed (${listed})`);
  await page.getByRole('heading', { name: '我的约访' }).waitFor();
  const notices = page.locator('.my-notices li');
  await notices.filter({ hasText: '个人接访日程订阅链接' }).first().waitFor();
  const text = await page.locator('main').innerText();
  for (const noise of ['错误 ', '提醒 0', '固定', '（已固定）', '发布…', '生成排班', '重新求解']) {
    check(!text.includes(noise), `no office noise "${noise}" on a leader's page`);
  }
  await shot(c, page, 'c8-leader-view');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(c, page, 'c8-leader-view-phone');
  await page.close();
}
