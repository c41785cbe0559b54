/**
 * The 节假日安排 page (administrators only) inside the office flow. The service plans no month of
 * a year whose national holiday arrangement nobody has confirmed, and the demo confirms only
 * 2024–2026 (migration SeedStatutoryHolidays), so a planned month in a later year needs the page
 * first (confirmPlannedYear). That is rare, so every run also reads the years table against the
 * API and previews a correction over the flow's own roster, then drops it (previewCorrection).
 */
import { isDeepStrictEqual } from 'node:util';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { packageArrangement } from '../../src/calendar/holiday-package.js';
import { eventually, type Api } from './cases-setup.js';
import { MONTH, MONTH_LABEL, YEAR } from './flow-month.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

interface NamedDate {
  date: string;
  name: string;
}
interface YearDetail {
  year: number;
  source: string;
  confirmedAt: string;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
}
interface YearState {
  year: number;
  confirmed: boolean;
  holidays: number;
  makeupWorkdays: number;
  rosters: number;
  publishedRosters: number;
}
interface HolidayStatus {
  currentYear: number;
  years: YearState[];
}

/** A made-up holiday: only ever previewed, never saved. */
const MADE_UP = '演练假日';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
/** 2027-01-01 → 1月1日（周五）, as the page's dayText writes it. */
const dayText = (date: string) => {
  const d = DateTime.fromISO(date);
  return `${d.month}月${d.day}日（周${WEEKDAYS[d.weekday - 1]}）`;
};

const textBox = (admin: Page, year: number) => admin.getByLabel(`${year} 年安排（每行一条）`);
const previewHeading = (admin: Page, verb: '确认' | '更正为', year: number) =>
  admin.getByRole('heading', { name: `预览：将${verb}的 ${year} 年安排（尚未保存）` });

/** The years table's row for `year`. */
const yearRow = (admin: Page, year: number) =>
  admin
    .locator('table.holiday-years tbody tr')
    .filter({ has: admin.getByRole('rowheader', { name: new RegExp(`^${year}年`) }) });

/** The text box's selected text, and whether it has the focus. */
async function selection(admin: Page, year: number): Promise<{ text: string; focused: boolean }> {
  return textBox(admin, year).evaluate((el) => {
    const box = el as unknown as {
      value: string;
      selectionStart: number;
      selectionEnd: number;
      ownerDocument: { activeElement: unknown };
    };
    return {
      text: box.value.slice(box.selectionStart, box.selectionEnd),
      focused: box.ownerDocument.activeElement === el,
    };
  });
}

/**
 * As an administrator, from the roster page of the unconfirmed month (`admin` is signed in as
 * admin): follow its link to 节假日安排, paste a notice with two bad lines and go to one of them
 * from the problem list, then confirm the year from the package, or, when the package does not
 * know the year, from one pasted line. `expectBadRequest` tells the caller's console watch that
 * the rejected preview's 400 is wanted. Returns the source the service stored.
 */
export async function confirmPlannedYear(
  admin: Page,
  baseUrl: string,
  adminApi: Api,
  expectBadRequest: () => void,
  shot: (name: string, p: Page) => Promise<void>,
): Promise<string> {
  await admin.goto(`${baseUrl}/roster?month=${MONTH}`);
  await admin.getByRole('link', { name: `前往“节假日安排”确认 ${YEAR} 年安排` }).click();
  await admin.waitForURL(`${baseUrl}/holidays?year=${YEAR}`);
  await admin.getByRole('heading', { name: `${YEAR}年节假日安排（未确认）` }).waitFor();
  check(
    (await yearRow(admin, YEAR).locator('td').first().innerText()) === '未确认',
    `${YEAR} listed as 未确认`,
  );

  const known = packageArrangement(YEAR);
  if (known) {
    // The page offers the package first; the notice's text is the other choice.
    await admin.getByLabel('粘贴国务院办公厅通知的安排').check();
  } else {
    await admin.getByText(`尚无 ${YEAR} 年的安排`).waitFor();
    check((await admin.getByRole('radio').count()) === 0, 'no package choice for an unknown year');
  }

  const badLine = `${YEAR}-05-01 放 劳动节`;
  await textBox(admin, YEAR).fill(
    [
      `# 国务院办公厅关于${YEAR}年部分节假日安排的通知`,
      `${YEAR}-01-01 休 元旦`,
      `${YEAR}-02-30 休 春节`, // there is no 30 February
      badLine, // 放 is neither 休 nor 班
    ].join('\n'),
  );
  expectBadRequest();
  await admin.getByRole('button', { name: '检查并预览' }).click();
  const problems = admin.locator('.text-problems');
  await problems.getByText('有 2 处问题，未保存任何内容').waitFor();
  check(
    await problems.getByRole('button', { name: /^第 3 行：.*日期不合法/ }).isVisible(),
    'line 3 named for its date',
  );
  await problems.getByRole('button', { name: /^第 4 行：.*第二列应为/ }).click();
  const selected = await selection(admin, YEAR);
  check(
    selected.focused && selected.text === badLine,
    `line 4 selected in the text box: ${JSON.stringify(selected)}`,
  );
  check(
    (await textBox(admin, YEAR).getAttribute('aria-invalid')) === 'true',
    'the text box marked invalid',
  );
  await shot('01c-holidays-problems', admin);

  let expected: { holidays: NamedDate[]; makeupWorkdays: NamedDate[] };
  if (known) {
    await admin.getByLabel(/^采用节假日数据包/).check();
    expected = known;
  } else {
    // Not the year's real arrangement (the 国务院办公厅 notice, which chinese-days does not have
    // yet): 元旦 only, enough for the flow to plan a month.
    await textBox(admin, YEAR).fill(`${YEAR}-01-01 休 元旦`);
    expected = { holidays: [{ date: `${YEAR}-01-01`, name: '元旦' }], makeupWorkdays: [] };
  }
  await admin.getByRole('button', { name: '检查并预览' }).click();
  await previewHeading(admin, '确认', YEAR).waitFor();
  check(!(await problems.isVisible()), 'the problems are gone');
  const preview = admin.locator('section.holiday-preview');
  const { holidays, makeupWorkdays } = expected;
  const listed = preview.getByRole('table', {
    name: `将保存的安排：放假 ${holidays.length} 天，调休上班 ${makeupWorkdays.length} 天`,
  });
  for (const name of new Set(holidays.map((h) => h.name))) {
    const row = await listed
      .locator('tr')
      .filter({ has: admin.getByRole('rowheader', { name, exact: true }) })
      .innerText();
    const days = [
      holidays.find((h) => h.name === name)!.date,
      ...makeupWorkdays.filter((m) => m.name === name).map((m) => m.date),
    ];
    for (const date of days) check(row.includes(dayText(date)), `${name} lists ${date}: ${row}`);
  }
  await shot('01d-holidays-preview', admin);

  await preview.getByRole('button', { name: `确认 ${YEAR} 年节假日安排`, exact: true }).click();
  await admin
    .getByText(
      `已确认 ${YEAR} 年节假日安排：放假 ${holidays.length} 天，调休上班 ${makeupWorkdays.length} 天。`,
    )
    .waitFor();
  await admin.getByRole('heading', { name: `${YEAR}年节假日安排`, exact: true }).waitFor();
  check(
    (await yearRow(admin, YEAR).locator('td').first().innerText()) === '已确认',
    `${YEAR} listed as 已确认`,
  );
  const stored = await adminApi.get<YearDetail>(`/calendar/years/${YEAR}`);
  check(
    isDeepStrictEqual(
      { holidays: stored.holidays, makeupWorkdays: stored.makeupWorkdays },
      { holidays, makeupWorkdays },
    ),
    `${YEAR} stored as previewed: ${JSON.stringify(stored)}`,
  );
  return stored.source;
}

export interface CorrectionContext {
  admin: Page;
  baseUrl: string;
  adminApi: Api;
  /** As the office: the unit calendar, to see nothing changed. */
  officeApi: Api;
  unitId: string;
  /** The unit's name as the page writes it, e.g. 青嵘市. */
  unitName: string;
  /** The flow's roster of MONTH, published as version `publishedVersion`. */
  roster: { assignments: Array<{ date: string }> };
  publishedVersion: number;
  /** The unit calendar of MONTH. */
  days: Array<{ date: string; kind: string; working: boolean }>;
  shot: (name: string, p: Page) => Promise<void>;
}

/**
 * The years table shows this and next year as the API reports them; a correction of the planned
 * year adding a made-up holiday on a day of the flow's roster is previewed with that date and
 * the roster's duties on it, then dropped: the service still has the year as it was.
 */
export async function previewCorrection(c: CorrectionContext): Promise<void> {
  const { admin, baseUrl, adminApi, officeApi, unitId } = c;
  const status = await adminApi.get<HolidayStatus>('/calendar/holiday-status');
  // Through the menu, as an administrator goes back to the page: when it is already open (after
  // confirming the planned year) it must re-read what other tabs changed since, e.g. the roster.
  await admin
    .getByRole('navigation', { name: '主菜单' })
    .getByRole('link', { name: '节假日安排' })
    .click();
  await admin.getByRole('heading', { name: '节假日安排', level: 1 }).waitFor();
  await admin.locator('table.holiday-years tbody tr').first().waitFor();
  for (const [year, label] of [
    [status.currentYear, '本年'],
    [status.currentYear + 1, '明年'],
  ] as const) {
    const state = status.years.find((y) => y.year === year);
    check(state, `holiday-status lists ${year}`);
    const row = yearRow(admin, year);
    check(
      (await row.getByRole('rowheader').innerText()) === `${year}年（${label}）`,
      `${year} is ${label}`,
    );
    const shown = async () => {
      const cells = await row.locator('td').allInnerTexts();
      return [cells[0], cells[4], cells[5], cells[6]];
    };
    const wanted = [
      state.confirmed ? '已确认' : '未确认',
      state.confirmed ? String(state.holidays) : '—',
      state.confirmed ? String(state.makeupWorkdays) : '—',
      state.rosters > 0 ? `${state.rosters} 份（已发布 ${state.publishedRosters}）` : '—',
    ];
    // The page re-reads the status on every visit; the table may show the last read meanwhile.
    await eventually(
      async () => isDeepStrictEqual(await shown(), wanted),
      `${year} row ${(await shown()).join('|')} ≠ ${wanted.join('|')}`,
    );
    const warned = await admin
      .locator('.alert')
      .filter({ hasText: `${year} 年节假日安排尚未确认` })
      .count();
    check(warned === (state.confirmed ? 0 : 1), `${year} warned of only if unconfirmed`);
  }

  // A duty on an ordinary weekday: a 调休 Saturday is already in the arrangement.
  const ordinary = new Set(c.days.filter((d) => d.kind === 'workday').map((d) => d.date));
  const day = c.roster.assignments
    .map((a) => a.date)
    .sort()
    .find((d) => ordinary.has(d));
  check(day, `a duty of ${MONTH} on an ordinary working day`);
  const duties = c.roster.assignments.filter((a) => a.date === day).length;
  const before = await adminApi.get<YearDetail>(`/calendar/years/${YEAR}`);

  await admin.getByRole('button', { name: `查看或更正 ${YEAR}年`, exact: true }).click();
  await admin.waitForURL(`${baseUrl}/holidays?year=${YEAR}`);
  await admin.getByRole('heading', { name: `${YEAR}年节假日安排`, exact: true }).waitFor();
  await admin.getByRole('button', { name: `更正 ${YEAR} 年安排…` }).click();
  const box = textBox(admin, YEAR);
  const current = await box.inputValue();
  check(current.startsWith(`# ${YEAR} 年节假日安排`), `the year's lines to correct: ${current}`);
  await box.fill(`${current}\n${day} 休 ${MADE_UP}`);
  await admin.getByRole('button', { name: '检查并预览' }).click();
  await previewHeading(admin, '更正为', YEAR).waitFor();
  const preview = admin.locator('section.holiday-preview');
  const changes = preview.getByRole('table', { name: '与现有安排相比有变化的日期（1 天）' });
  const changed = await changes.locator('tbody tr').allInnerTexts();
  check(
    changed.length === 1 &&
      changed[0].includes(dayText(day)) &&
      changed[0].includes('普通日期（按周一至周五上班）') &&
      changed[0].includes(`${MADE_UP}放假`),
    `${day} listed as changed: ${changed.join(' | ')}`,
  );
  const rosterLabel = `${c.unitName} ${MONTH_LABEL}班表`;
  const affected = preview.locator('.alert-warning li').filter({ hasText: rosterLabel });
  const line = await affected.innerText();
  check(
    line.includes(`已发布（已发布第 ${c.publishedVersion} 版）`) &&
      line.includes(`${duties} 个接访安排落在变化的日期上`),
    `the roster with its ${duties} duties on ${day}: ${line}`,
  );
  const adminMe = await adminApi.get<{ unitId: string }>('/auth/me');
  if (adminMe.unitId === unitId) {
    check(
      (await affected.getByRole('link', { name: rosterLabel }).getAttribute('href')) ===
        `/roster?month=${MONTH}`,
      'the roster links to its page',
    );
  }
  await c.shot('10b-holidays-correction', admin);

  await admin.getByRole('button', { name: '取消更正' }).click();
  await admin.getByRole('button', { name: `更正 ${YEAR} 年安排…` }).waitFor();
  check(!(await previewHeading(admin, '更正为', YEAR).isVisible()), 'the preview dropped');
  const after = await adminApi.get<YearDetail>(`/calendar/years/${YEAR}`);
  check(isDeepStrictEqual(after, before), `${YEAR} unchanged: ${JSON.stringify(after)}`);
  const again = await adminApi.get<HolidayStatus>('/calendar/holiday-status');
  check(isDeepStrictEqual(again.years, status.years), 'holiday status unchanged');
  const calendar = await officeApi.get<Array<{ date: string; kind: string; working: boolean }>>(
    `/units/${unitId}/calendar?month=${MONTH}`,
  );
  const still = calendar.find((d) => d.date === day);
  check(still?.kind === 'workday' && still.working, `${day} still a working day`);
}

/** The page at phone width: nothing wider than the screen. */
export async function holidaysOnPhone(
  admin: Page,
  baseUrl: string,
  shot: (name: string, p: Page) => Promise<void>,
): Promise<void> {
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto(`${baseUrl}/holidays`);
  await admin.locator('table.holiday-years tbody tr').first().waitFor();
  // The year's arrangement with its 更正 button, or the editor of a year not confirmed yet.
  await admin.locator('section.holiday-year .actions button').first().waitFor();
  const overflow = await admin.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  check(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
  await shot('13b-holidays-phone', admin);
}
