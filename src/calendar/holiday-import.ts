import { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { isoDate } from '../common/bounds.js';
import { text as textField } from '../common/text.js';
import { zodToAppError } from '../common/zod-validation.js';
import { addDays, isIsoDate, isWeekend, yearOf } from '../common/dates.js';
import { looksLikeNotice, parseNotice } from './holiday-notice.js';

export interface NamedDate {
  date: string;
  name: string;
}

/** A year's national arrangement: days off (incl. weekends inside a holiday) and 调休 workdays. */
export interface YearArrangement {
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
}

const namedDate = z.strictObject({
  date: isoDate,
  name: textField({ min: 1, max: 50 }),
});

export const yearListsSchema = z.strictObject({
  holidays: z.array(namedDate).min(1).max(120),
  makeupWorkdays: z.array(namedDate).max(60),
});

export const yearTextSchema = z.strictObject({
  text: textField({ min: 1, max: 20000, multiline: true }),
});

export const yearPackageSchema = z.strictObject({
  fromPackage: z.literal(true),
});

/** The three ways an administrator confirms a year (documented as one body in OpenAPI). */
export const yearImportSchema = z.union([yearListsSchema, yearTextSchema, yearPackageSchema]);

export type YearImport =
  | { kind: 'lists'; arrangement: YearArrangement }
  | { kind: 'text'; arrangement: YearArrangement }
  | { kind: 'package' };

/** A row and where it came from, so an error can name the field or line the user wrote. */
export interface SourcedDate extends NamedDate {
  kind: 'holiday' | 'makeup_workday';
  field: string;
  label: string;
  /** Line of pasted text (1-based); undefined for JSON lists. */
  line?: number;
}

/** One thing wrong with an import, as the page shows it next to the text box or field. */
export interface ImportProblem {
  field: string;
  /** Line of pasted text (1-based), when the import was text. */
  line?: number;
  /** Chinese, starting with where: "第 3 行：…" or "holidays[0].date：…". */
  message: string;
}

/** Most problems one answer lists: enough to fix a pasted notice in one go, never unbounded. */
const MAX_PROBLEMS = 50;

/**
 * A 400 naming the first problem (message and field, as every other 400) and listing all of them
 * in `problems`, so an administrator fixes a pasted notice in one pass instead of line by line.
 */
function invalidImport(problems: ImportProblem[], prefix: (p: ImportProblem) => string): AppError {
  // In the order of the text, whichever check found them (lists have no lines and keep theirs).
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const [first] = sorted;
  return new AppError('VALIDATION_FAILED', `${prefix(first)}${first.message}`, {
    field: first.field,
    details: { problems: sorted.slice(0, MAX_PROBLEMS) },
  });
}

const HOLIDAY_MARKS = new Set(['休', '假', '放假', 'holiday']);
const WORKDAY_MARKS = new Set(['班', '上班', 'workday', 'makeup']);
const MAX_RANGE_DAYS = 15;

/**
 * Pasted text, one line per date or range: `2027-01-01 休 元旦`, `2027-02-06~2027-02-12 休 春节`,
 * `2027-02-14 班 春节`. Blank lines and lines starting with # are ignored. Bad lines are collected
 * in `problems`, the good ones returned as rows. With the year, the State Council's notice as
 * published is read too (holiday-notice.ts).
 */
export function parseYearText(
  text: string,
  problems: ImportProblem[] = [],
  year?: number,
): SourcedDate[] {
  if (year !== undefined && looksLikeNotice(text)) return parseNotice(text, year, problems);
  const rows: SourcedDate[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const no = index + 1;
    const label = `第 ${no} 行`;
    const why = lineProblem(line);
    if (typeof why === 'string') {
      problems.push({ field: 'text', line: no, message: `${label}：${why}（${line}）` });
      return;
    }
    for (let date = why.from; date <= why.to; date = addDays(date, 1)) {
      rows.push({ date, name: why.name, kind: why.kind, field: 'text', label, line: no });
    }
  });
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ field: 'text', message: '没有任何日期' });
  }
  return rows;
}

/** What one non-empty line says, or why it cannot be read. */
function lineProblem(
  line: string,
): string | { from: string; to: string; kind: SourcedDate['kind']; name: string } {
  const [range, mark, ...nameParts] = line.split(/[\s,，\t]+/);
  const name = nameParts.join(' ');
  const [from, to = from, extra] = range.split(/~|\.\.|至/);
  if (extra !== undefined || !isIsoDate(from) || !isIsoDate(to)) {
    return '日期不合法，应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD';
  }
  if (to < from) return '结束日期早于开始日期';
  const kind = HOLIDAY_MARKS.has(mark ?? '')
    ? 'holiday'
    : WORKDAY_MARKS.has(mark ?? '')
      ? 'makeup_workday'
      : undefined;
  if (!kind) return '第二列应为“休”或“班”';
  if (!name) return '缺少节日名称';
  if (name.length > 50) return '节日名称过长';
  if (addDays(from, MAX_RANGE_DAYS) <= to) return `一个范围最多 ${MAX_RANGE_DAYS} 天`;
  return { from, to, kind, name };
}

function fromLists(lists: YearArrangement): SourcedDate[] {
  const rows = (list: NamedDate[], key: string, kind: SourcedDate['kind']) =>
    list.map((d, i) => ({ ...d, kind, field: `${key}[${i}].date`, label: `${key}[${i}].date` }));
  return [
    ...rows(lists.holidays, 'holidays', 'holiday'),
    ...rows(lists.makeupWorkdays, 'makeupWorkdays', 'makeup_workday'),
  ];
}

/**
 * Checks the rows belong together as one year's arrangement, adding what is wrong to `problems`
 * (each naming the row's line or field).
 */
export function checkArrangement(
  year: number,
  rows: SourcedDate[],
  problems: ImportProblem[] = [],
  field = 'holidays',
): YearArrangement {
  const seen = new Map<string, SourcedDate>();
  for (const row of rows) {
    const fail = (why: string) =>
      problems.push({
        field: row.field,
        line: row.line,
        message: `${row.label}：${row.date} ${why}`,
      });
    if (yearOf(row.date) !== year) {
      fail(`不属于 ${year} 年`);
      continue;
    }
    const earlier = seen.get(row.date);
    if (earlier) {
      fail(`重复（已在 ${earlier.label} 出现）`);
      continue;
    }
    if (row.kind === 'makeup_workday' && !isWeekend(row.date)) {
      fail('不是周六或周日，不能作为调休上班日');
    }
    seen.set(row.date, row);
  }
  const pick = (kind: SourcedDate['kind']) =>
    rows
      .filter((r) => r.kind === kind)
      .map(({ date, name }) => ({ date, name }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  const arrangement = { holidays: pick('holiday'), makeupWorkdays: pick('makeup_workday') };
  if (arrangement.holidays.length === 0 && problems.length === 0) {
    problems.push({ field, message: '至少需要一个节假日' });
  }
  return arrangement;
}

/** Reads a PUT /calendar/years/{year} body in whichever of its three shapes it comes. */
export function parseYearImport(year: number, body: unknown): YearImport {
  const shape = typeof body === 'object' && body !== null ? body : {};
  if ('fromPackage' in shape) {
    const parsed = yearPackageSchema.safeParse(body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    return { kind: 'package' };
  }
  if ('text' in shape) {
    const parsed = yearTextSchema.safeParse(body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    const problems: ImportProblem[] = [];
    const rows = parseYearText(parsed.data.text, problems, year);
    const arrangement = checkArrangement(year, rows, problems, 'text');
    // The message keeps naming the field first ("text 第 3 行：…") like every other 400.
    if (problems.length) throw invalidImport(problems, (p) => (p.line ? 'text ' : 'text：'));
    return { kind: 'text', arrangement };
  }
  const parsed = yearListsSchema.safeParse(body);
  if (!parsed.success) throw zodToAppError(parsed.error);
  const problems: ImportProblem[] = [];
  const arrangement = checkArrangement(year, fromLists(parsed.data), problems);
  if (problems.length) throw invalidImport(problems, () => '');
  return { kind: 'lists', arrangement };
}

export const holidaysNotConfirmed = (year: number, field?: string) =>
  new AppError('HOLIDAYS_NOT_CONFIRMED', { year }, { field });
