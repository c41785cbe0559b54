import { z } from 'zod';
import { AppError, badRequest } from '../common/app-error.js';
import { zodToAppError } from '../common/zod-validation.js';
import { addDays, isIsoDate, isWeekend, yearOf } from './dates.js';

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
  date: z.iso.date(),
  name: z.string().trim().min(1).max(50),
});

export const yearListsSchema = z.strictObject({
  holidays: z.array(namedDate).min(1).max(120),
  makeupWorkdays: z.array(namedDate).max(60),
});

export const yearTextSchema = z.strictObject({
  text: z.string().min(1).max(20000),
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
interface SourcedDate extends NamedDate {
  kind: 'holiday' | 'makeup_workday';
  field: string;
  label: string;
}

const HOLIDAY_MARKS = new Set(['休', '假', '放假', 'holiday']);
const WORKDAY_MARKS = new Set(['班', '上班', 'workday', 'makeup']);
const MAX_RANGE_DAYS = 15;

/**
 * Pasted text, one line per date or range: `2027-01-01 休 元旦`, `2027-02-06~2027-02-12 休 春节`,
 * `2027-02-14 班 春节`. Blank lines and lines starting with # are ignored.
 */
export function parseYearText(text: string): SourcedDate[] {
  const rows: SourcedDate[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const no = index + 1;
    const label = `text 第 ${no} 行`;
    const fail = (why: string) => badRequest(`${label}：${why}（${line}）`, 'text');
    const [range, mark, ...nameParts] = line.split(/[\s,，\t]+/);
    const name = nameParts.join(' ');
    const [from, to = from, extra] = range.split(/~|\.\.|至/);
    if (extra !== undefined || !isIsoDate(from) || !isIsoDate(to)) {
      throw fail('日期不合法，应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD');
    }
    if (to < from) throw fail('结束日期早于开始日期');
    const kind = HOLIDAY_MARKS.has(mark ?? '')
      ? 'holiday'
      : WORKDAY_MARKS.has(mark ?? '')
        ? 'makeup_workday'
        : undefined;
    if (!kind) throw fail('第二列应为“休”或“班”');
    if (!name) throw fail('缺少节日名称');
    if (name.length > 50) throw fail('节日名称过长');
    let count = 0;
    for (let date = from; date <= to; date = addDays(date, 1)) {
      if (++count > MAX_RANGE_DAYS) throw fail(`一个范围最多 ${MAX_RANGE_DAYS} 天`);
      rows.push({ date, name, kind, field: 'text', label });
    }
  });
  if (rows.length === 0) throw badRequest('text：没有任何日期', 'text');
  return rows;
}

function fromLists(lists: YearArrangement): SourcedDate[] {
  const rows = (list: NamedDate[], key: string, kind: SourcedDate['kind']) =>
    list.map((d, i) => ({ ...d, kind, field: `${key}[${i}].date`, label: `${key}[${i}].date` }));
  return [
    ...rows(lists.holidays, 'holidays', 'holiday'),
    ...rows(lists.makeupWorkdays, 'makeupWorkdays', 'makeup_workday'),
  ];
}

/** Checks the rows belong together as one year's arrangement; throws a 400 naming the first bad one. */
export function checkArrangement(year: number, rows: SourcedDate[]): YearArrangement {
  const seen = new Map<string, SourcedDate>();
  for (const row of rows) {
    const fail = (why: string) => badRequest(`${row.label}：${row.date} ${why}`, row.field);
    if (yearOf(row.date) !== year) throw fail(`不属于 ${year} 年`);
    const earlier = seen.get(row.date);
    if (earlier) throw fail(`重复（已在 ${earlier.label} 出现）`);
    if (row.kind === 'makeup_workday' && !isWeekend(row.date)) {
      throw fail('不是周六或周日，不能作为调休上班日');
    }
    seen.set(row.date, row);
  }
  const pick = (kind: SourcedDate['kind']) =>
    rows
      .filter((r) => r.kind === kind)
      .map(({ date, name }) => ({ date, name }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  const arrangement = { holidays: pick('holiday'), makeupWorkdays: pick('makeup_workday') };
  if (arrangement.holidays.length === 0) throw badRequest('至少需要一个节假日', 'holidays');
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
    return { kind: 'text', arrangement: checkArrangement(year, parseYearText(parsed.data.text)) };
  }
  const parsed = yearListsSchema.safeParse(body);
  if (!parsed.success) throw zodToAppError(parsed.error);
  return { kind: 'lists', arrangement: checkArrangement(year, fromLists(parsed.data)) };
}

export const holidaysNotConfirmed = (year: number, field?: string) =>
  new AppError(
    422,
    'HOLIDAYS_NOT_CONFIRMED',
    `${year} 年节假日安排尚未确认，请系统管理员先导入或确认该年度的节假日安排`,
    field,
  );
