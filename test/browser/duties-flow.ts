/**
 * After publication, in a real browser: a leader's secretary (the leader's account) asks for
 * leave from one published duty of the planned month (flow-month.ts); 两办 open the request,
 * see the ranked substitutes and approve the first proposal, which publishes the next version;
 * the substitute's calendar feed then carries the duty (same UID) and the requester's no longer
 * does; the substitute confirms attendance (确认出席) on the page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { apiAs } from './cases-setup.js';
import { dayLabel, MONTH } from './flow-month.js';
import type { FlowContext } from './office-flow.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

interface Leader {
  id: string;
  code: string;
  name: string;
}
interface Assignment {
  id: string;
  date: string;
  session: 'AM' | 'PM' | 'CALL';
  leaderId: string;
  confirmedAt: string | null;
}
interface Roster {
  id: string;
  version: number;
  status: string;
  publishedVersion: number;
  assignments: Assignment[];
}

const SESSION = { AM: '上午', PM: '下午' } as const;
const account = (l: Leader) => l.code.replace('L', 'leader');

export async function dutiesFlow({
  context,
  baseUrl,
  password,
  outputDir,
  step,
}: FlowContext): Promise<void> {
  const problems: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error' && !/status of (401|409|422)/.test(m.text()))
        problems.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(e.message));
  };
  const shot = (name: string, p: Page) =>
    p.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
  const signIn = async (username: string): Promise<Page> => {
    const tab = await context.newPage();
    watch(tab);
    await tab.goto(`${baseUrl}/`);
    await tab.getByLabel('用户名').fill(username);
    await tab.getByLabel('密码').fill(password);
    await tab.getByRole('button', { name: '登录' }).click();
    await tab.getByRole('navigation', { name: '主菜单' }).waitFor();
    await tab.goto(`${baseUrl}/roster?month=${MONTH}`);
    return tab;
  };

  const office = await apiAs(baseUrl, 'office', password);
  const admin = await apiAs(baseUrl, 'admin', password);
  const [unit] = await office.get<Array<{ id: string }>>('/units');
  const leaders = await office.get<Leader[]>(`/leaders?unitId=${unit.id}`);
  const byId = new Map(leaders.map((l) => [l.id, l]));
  const [summary] = await office.get<Array<{ id: string }>>(
    `/units/${unit.id}/rosters?month=${MONTH}`,
  );
  check(summary, `a roster for ${MONTH} (the office flow plans it)`);
  let roster = await office.get<Roster>(`/rosters/${summary.id}`);
  if (roster.status !== 'published') {
    // Earlier flows may leave edits waiting for the next version: publish them first.
    const res = await office.send('POST', `/rosters/${roster.id}/publish`, {
      version: roster.version,
      reason: '浏览器测试：发布此前的调整',
    });
    check(res.ok, `publish pending edits: ${res.status} ${await res.text()}`);
    roster = await office.get<Roster>(`/rosters/${summary.id}`);
  }
  const feedOf = async (leaderId: string) => {
    const link = await admin.get<{ url: string }>(`/leaders/${leaderId}/feed`);
    const res = await fetch(`${baseUrl}${new URL(link.url).pathname}`);
    check(res.ok, `feed of ${byId.get(leaderId)?.code}: ${res.status}`);
    return (await res.text()).replace(/\r\n /g, '');
  };

  // A reception session in the second half of the month: well after today, leaders with room.
  const duty = roster.assignments.find(
    (a) => a.session !== 'CALL' && a.date >= `${MONTH}-15` && byId.has(a.leaderId),
  )!;
  check(duty, 'a session in the second half of the month');
  const requester = byId.get(duty.leaderId)!;
  const uid = `UID:${duty.id}@reception-roster`;
  check((await feedOf(requester.id)).includes(uid), 'the requester’s feed has the duty first');

  step(`secretary of ${requester.code} asks for leave on ${duty.date} ${duty.session}`);
  const secretary = await signIn(account(requester));
  await secretary.getByRole('heading', { name: '我的接访安排' }).waitFor();
  const line = secretary
    .locator('.my-duties li')
    .filter({ hasText: `${dayLabel(duty.date)}` })
    .filter({ hasText: SESSION[duty.session as 'AM' | 'PM'] });
  await line.getByRole('button', { name: '请假…' }).click();
  const ask = secretary.getByRole('dialog');
  await ask.getByLabel('原因').selectOption('meeting');
  await ask.getByLabel('说明（选填）').fill('市委常委会（秘书代为申请）');
  await ask.getByRole('button', { name: '提交申请' }).click();
  await secretary.getByText('已提交请假申请').waitFor();
  await secretary.getByRole('heading', { name: /待处理的请假、换班申请（1）/ }).waitFor();
  await shot('20-leave-requested', secretary);

  step('两办 approve the first proposed substitute');
  const desk = await signIn('office');
  const pending = desk.locator('.request-list li').filter({ hasText: requester.name });
  await pending.getByRole('button', { name: '审批…' }).click();
  const decide = desk.getByRole('dialog');
  const first = decide.getByRole('radio', { name: /^方案1：/ });
  await first.waitFor({ timeout: 60_000 });
  check(await first.isChecked(), 'the first proposal is preselected');
  await shot('21-substitutes', desk);
  await decide.getByRole('button', { name: '批准并发布新版' }).click();
  await desk.getByText(/已批准，由.+代班，已发布第 \d+ 版/).waitFor({ timeout: 60_000 });
  await shot('22-leave-approved', desk);

  const after = await office.get<Roster>(`/rosters/${roster.id}`);
  check(after.publishedVersion === roster.publishedVersion + 1, 'a new version was published');
  const substituteId = after.assignments.find((a) => a.id === duty.id)!.leaderId;
  check(substituteId !== requester.id, 'the duty changed hands');
  const substitute = byId.get(substituteId)!;

  step(`the substitute ${substitute.code}'s feed shows the duty`);
  check((await feedOf(substitute.id)).includes(uid), 'the substitute’s feed has the duty');
  check(!(await feedOf(requester.id)).includes(uid), 'the requester’s feed no longer has it');

  step('the substitute confirms attendance on the page');
  const sub = await signIn(account(substitute));
  const mine = sub
    .locator('.my-duties li')
    .filter({ hasText: `${dayLabel(duty.date)}` })
    .filter({ hasText: SESSION[duty.session as 'AM' | 'PM'] });
  await mine.getByRole('button', { name: '确认出席' }).click();
  await mine.getByText('已确认出席').waitFor();
  await shot('23-substitute-confirmed', sub);

  check(problems.length === 0, `browser console errors: ${problems.join(' | ')}`);
}
