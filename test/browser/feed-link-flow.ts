/**
 * Issue 19, item 9: 两办 sends a leader's calendar link to the leader's own channel without
 * seeing it, and the demo users of a department and a county unit sign in.
 */
import { check, type ClerkContext, shot, signIn } from './clerk-steps.js';

const LEADER = '方筑安';

export async function feedLinkFlow(c: ClerkContext): Promise<void> {
  c.step('feed link: the office sends a leader their link');
  const page = await signIn(c, 'office');
  await page.goto(`${c.baseUrl}/leaders`);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `向 ${LEADER} 发送订阅链接` }).click();
  const done = page.getByText(/已安排通过.*向方筑安发送日程订阅链接/);
  await done.waitFor();
  check(!/\/feeds\//.test(await page.locator('main').innerText()), 'no link on the page');
  await shot(c, page, 'c9-feed-link-sent');

  await page.getByRole('link', { name: '提醒' }).click();
  await page.getByLabel('类型').selectOption('feed_link');
  await page.getByRole('button', { name: '查询' }).click();
  await page
    .getByRole('button', { name: `${LEADER}的通知详情` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('〔订阅链接：发送时生成，仅发给本人〕').waitFor();
  check(!/\/feeds\//.test(await dialog.innerText()), 'the office never sees the link');
  await shot(c, page, 'c9-feed-link-office-view');
  await page.close();

  c.step('feed link: demo users of a department and a county unit');
  const liaison = await signIn(c, 'liaison01');
  const menu = await liaison.getByRole('navigation', { name: '主菜单' }).innerText();
  check(menu.includes('订阅'), `the liaison's menu: ${menu}`);
  await shot(c, liaison, 'c9-demo-liaison');
  await liaison.close();
  const county = await signIn(c, 'county01');
  check(
    await county.locator('.brand-unit').filter({ hasText: '嵘城区' }).isVisible(),
    'the county office signs in to its county',
  );
  await shot(c, county, 'c9-demo-county-office');
  await county.close();
}
