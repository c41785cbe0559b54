/**
 * Shared steps of the clerk flows (issue 19): signing in on a fresh tab, making sure a year can be
 * planned when a flow runs on its own, counting what a clerk does, screenshots.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { packageArrangement } from '../../src/calendar/holiday-package.js';
import { apiAs, type Api } from './cases-setup.js';

export interface ClerkContext {
  context: BrowserContext;
  baseUrl: string;
  password: string;
  outputDir: string;
  step: (name: string) => void;
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

export async function signIn(c: ClerkContext, username: string): Promise<Page> {
  const page = await c.context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error as ${username}: ${e.message}`);
  });
  await page.goto(`${c.baseUrl}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(c.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
  return page;
}

export async function shot(c: ClerkContext, page: Page, name: string): Promise<void> {
  const phone = (page.viewportSize()?.width ?? 1280) < 600;
  await page.screenshot({ path: join(c.outputDir, `${name}.png`), fullPage: !phone });
}

/**
 * The clerk's actions (clicks, fields filled, options chosen) in one task, so a flow can say and
 * assert how many a task takes.
 */
export class ActionCounter {
  count = 0;
  constructor(private readonly page: Page) {}
  async click(target: ReturnType<Page['locator']>): Promise<void> {
    this.count++;
    await target.click();
  }
  async check(target: ReturnType<Page['locator']>): Promise<void> {
    this.count++;
    await target.check();
  }
  async fill(target: ReturnType<Page['locator']>, value: string): Promise<void> {
    this.count++;
    await target.fill(value);
  }
  async select(target: ReturnType<Page['locator']>, value: string): Promise<void> {
    this.count++;
    await target.selectOption(value);
  }
  get url(): string {
    return this.page.url();
  }
}

/**
 * A flow run alone (BROWSER_FLOWS) meets years nobody has confirmed: confirm them as the office
 * flow would (the package's arrangement, or 元旦 alone for a year the package does not know).
 */
export async function ensureYearConfirmed(c: ClerkContext, year: number): Promise<Api> {
  const admin = await apiAs(c.baseUrl, 'admin', c.password);
  // Only confirmed years are listed.
  const years = await admin.get<Array<{ year: number }>>('/calendar/years');
  if (years.some((y) => y.year === year)) return admin;
  const body = packageArrangement(year)
    ? { fromPackage: true }
    : { holidays: [{ date: `${year}-01-01`, name: '元旦' }], makeupWorkdays: [] };
  const res = await admin.send('PUT', `/calendar/years/${year}`, body);
  check(res.ok, `confirm ${year}: ${res.status} ${await res.text()}`);
  return admin;
}
