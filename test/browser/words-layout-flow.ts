/**
 * Issue 19, item 7: one category label (the current taxonomy's) in the case list; table cells
 * never one character per line; a 429 says when to try again (from Retry-After).
 */
import { DateTime } from 'luxon';
import { idNumber } from '../fixtures/appointments/cases.js';
import { apiAs } from './cases-setup.js';
import { check, type ClerkContext, shot, signIn } from './clerk-steps.js';

export async function wordsLayoutFlow(c: ClerkContext): Promise<void> {
  c.step('words and layout: current category label, no one-character lines');
  const page = await signIn(c, 'petition');
  const petition = await apiAs(c.baseUrl, 'petition', c.password);
  // A case submitted with the old label 劳动社保 shows 劳动和社会保障, the old one as a note.
  const stamp = Date.now().toString(36).toUpperCase();
  const res = await petition.send('POST', '/priority-cases', [
    {
      reference: `C19-OLD-${stamp}`,
      subject: '劳动社保',
      summary: '旧分类导入的案件',
      risk: '黄',
      groupSize: 1,
      petitioners: [{ name: '钱七', phone: null, idNumber: idNumber('440305', '19880808', 4) }],
      receiveBefore: DateTime.now().setZone('Asia/Shanghai').plus({ days: 40 }).toISODate(),
      flags: {},
    },
  ]);
  if (!res.ok) throw new Error(`submit with an old label: ${res.status} ${await res.text()}`);
  await page.goto(`${c.baseUrl}/priority-cases`);
  const row = page.locator(`tr[data-case="C19-OLD-${stamp}"]`);
  // The taxonomy loads beside the list: wait for its label.
  await row.getByText('导入时填写：劳动社保').waitFor();
  const text = await row.innerText();
  check(text.includes('劳动和社会保障'), `current label shown: ${text}`);
  check(text.includes('导入时填写：劳动社保'), 'the imported label only as a note');
  await row.scrollIntoViewIfNeeded();
  await shot(c, page, 'c7-case-current-label');

  await page.goto(`${c.baseUrl}/leaders`);
  await page.locator('table.leaders-table tbody tr').first().waitFor();
  await page.setViewportSize({ width: 900, height: 800 });
  // Lines a cell's text takes: the distinct tops of its text's line boxes.
  const wrapped = await page.$$eval('table.data-table td, table.data-table th', (cells) =>
    cells
      .map((cell) => {
        // test/ compiles without the DOM library: the one call it needs, typed here.
        const doc = (
          globalThis as unknown as {
            document: {
              createRange(): {
                selectNodeContents(n: unknown): void;
                getClientRects(): ArrayLike<{ top: number }>;
              };
            };
          }
        ).document;
        const range = doc.createRange();
        range.selectNodeContents(cell);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        return { text: (cell.textContent ?? '').trim(), lines: tops.size };
      })
      .filter((x) => x.text.length >= 2 && x.text.length <= 4 && x.lines >= x.text.length),
  );
  check(
    wrapped.length === 0,
    `no cell wrapped one character per line: ${wrapped.map((x) => x.text).join(' | ')}`,
  );
  const names = await page.locator('table.leaders-table tbody th[scope="row"]').count();
  check(names >= 20, `the leaders listed (${names})`);
  await shot(c, page, 'c7-leaders-900px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.close();

  c.step('words and layout: a 429 says when to try again');
  const username = `nobody-${stamp.toLowerCase()}`;
  const login = await c.context.newPage();
  // The service runs here with LOGIN_MAX_ATTEMPTS=100 (service.ts); rather than burn a hundred
  // password hashes on a shared machine, answer the login as the locked limiter does
  // (src/auth/auth.service.ts: 429 TOO_MANY_ATTEMPTS with Retry-After) and watch the page.
  await login.route('**/api/v1/auth/login', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '125' },
      body: JSON.stringify({
        statusCode: 429,
        code: 'TOO_MANY_ATTEMPTS',
        message: '登录尝试过于频繁，请稍后再试',
      }),
    }),
  );
  await login.goto(`${c.baseUrl}/`);
  await login.getByLabel('用户名').fill(username);
  await login.getByLabel('密码').fill('wrong-password');
  await login.getByRole('button', { name: '登录' }).click();
  const alert = login.getByRole('alert').filter({ hasText: '登录尝试过于频繁' });
  await alert.waitFor();
  const said = await alert.innerText();
  check(/请在 \d+ (秒|分钟)后（北京时间 \d\d:\d\d 以后）再试/.test(said), `says when: ${said}`);
  await shot(c, login, 'c7-429-retry-time');
  await login.close();
}
