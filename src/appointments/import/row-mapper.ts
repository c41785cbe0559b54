import { DateTime } from 'luxon';
import { normaliseText, textProblem } from '../../common/text.js';
import type { CaseInput, PetitionerInput, RowError } from '../case-input.js';
import type { RowToCheck } from '../case-validator.js';
import { type Cell, columnLetter, type ParsedRow } from './cells.js';
import { COLUMNS, type ColumnSpec, HEADER_ALIASES, REQUIRED_HEADERS } from './columns.js';

const TRUE = new Set(['是', 'Y', 'y', 'yes', 'Yes', 'YES', '1', 'true', 'TRUE', '√', '✓']);
const FALSE = new Set(['否', 'N', 'n', 'no', 'No', 'NO', '0', 'false', 'FALSE', '']);

export interface MappedFile {
  rows: RowToCheck[];
  errors: RowError[];
  /** Rows whose cells could not be converted: validator errors on those columns are noise. */
  failedCells: Set<string>;
}

/** Matches the header row to the template's columns; unknown, duplicate or missing ones are errors. */
function mapHeaders(headers: string[]): {
  specs: Array<ColumnSpec | undefined>;
  errors: RowError[];
} {
  const errors: RowError[] = [];
  const byHeader = new Map(COLUMNS.map((c) => [c.header, c]));
  const seen = new Map<string, number>();
  const specs = headers.map((raw, i) => {
    if (!raw) {
      errors.push({
        row: 1,
        column: columnLetter(i),
        message: `第 ${columnLetter(i)} 列缺少列标题`,
      });
      return undefined;
    }
    const spec = byHeader.get(raw) ?? byHeader.get(HEADER_ALIASES[raw] ?? '');
    if (!spec) {
      errors.push({ row: 1, column: raw, message: `未知的列「${raw}」，请使用导入模板的列标题` });
      return undefined;
    }
    if (seen.has(spec.header)) {
      errors.push({
        row: 1,
        column: raw,
        message: `列「${spec.header}」重复（第 ${columnLetter(seen.get(spec.header)!)} 列和第 ${columnLetter(i)} 列）`,
      });
      return undefined;
    }
    seen.set(spec.header, i);
    return spec;
  });
  for (const req of REQUIRED_HEADERS) {
    if (!seen.has(req.header))
      errors.push({ row: 1, column: req.header, message: `缺少必需的列「${req.header}」` });
  }
  if (!seen.has('约访截止日期')) {
    errors.push({ row: 1, column: '约访截止日期', message: '缺少必需的列「约访截止日期」' });
  }
  return { specs, errors };
}

/** Only the summary may span lines. */
const MULTILINE_FIELDS = new Set(['summary']);

function text(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.date;
  return normaliseText(String(v));
}

type Converted = { value: unknown } | { error: string };

function convert(spec: ColumnSpec, v: Cell): Converted {
  // The shared text rules, as for the JSON API (common/text.ts).
  const refused =
    typeof v === 'string' ? textProblem(v, MULTILINE_FIELDS.has(spec.field)) : undefined;
  if (refused) return { error: refused };
  switch (spec.kind) {
    case 'text':
      return { value: text(v) };
    case 'list':
      return {
        value: text(v)
          .split(/[、,，;；\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'int': {
      const t = text(v);
      if (t === '') return { value: undefined };
      const n = typeof v === 'number' ? v : Number(t);
      if (!Number.isInteger(n)) return { error: `应为整数：${t}` };
      return { value: n };
    }
    case 'flag': {
      if (typeof v === 'boolean') return { value: v };
      const t = text(v);
      if (TRUE.has(t)) return { value: true };
      if (FALSE.has(t)) return { value: false };
      return { error: `只能填 是 或 否：${t}` };
    }
    case 'date': {
      if (v !== null && typeof v === 'object') return { value: v.date };
      if (typeof v === 'number') return { error: `日期应为 YYYY-MM-DD 格式：${v}` };
      const t = text(v);
      if (t === '') return { value: null };
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
      const d = m ? DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }) : undefined;
      if (!d?.isValid) return { error: `不是有效日期（应为 YYYY-MM-DD）：${t}` };
      return { value: d.toISODate() };
    }
    case 'id': {
      // A number here is Excel's doing: 18 digits do not fit a double, the last ones are gone.
      if (typeof v === 'number') {
        return {
          error: `身份证号被 Excel 存成了数字（${v.toExponential(5).toUpperCase()}），末位已丢失；请把该列设为文本后重新录入`,
        };
      }
      return { value: text(v) };
    }
    case 'phone': {
      if (typeof v === 'number')
        return Number.isSafeInteger(v)
          ? { value: String(v) }
          : { error: `联系电话格式不正确：${v}` };
      return { value: text(v) };
    }
  }
}

function setPath(target: Record<string, unknown>, field: string, value: unknown) {
  const m = /^petitioners\[(\d+)\]\.(\w+)$/.exec(field);
  if (m) {
    const list = (target.petitioners ??= []) as Array<Record<string, unknown>>;
    (list[+m[1]] ??= {})[m[2]] = value;
    return;
  }
  const [head, tail] = field.split('.');
  if (tail) ((target[head] ??= {}) as Record<string, unknown>)[tail] = value;
  else target[head] = value;
}

/** Turns parsed rows into CaseInput objects; conversion problems name the row and column. */
export function mapRows(headers: string[], rows: ParsedRow[]): MappedFile {
  const { specs, errors } = mapHeaders(headers);
  const failedCells = new Set<string>();
  const columnOf = (field: string) =>
    COLUMNS.find((c) => c.field === field)?.header ??
    (/^departments\[\d+\]$/.test(field) ? '参加部门' : field);
  const mapped: RowToCheck[] = [];
  if (errors.length > 0) return { rows: [], errors, failedCells };
  for (const { row, cells } of rows) {
    const obj: Record<string, unknown> = {};
    specs.forEach((spec, i) => {
      if (!spec) return;
      const c = convert(spec, cells[i] ?? null);
      if ('error' in c) {
        errors.push({ row, column: spec.header, message: c.error });
        failedCells.add(`${row}|${spec.header}`);
      } else setPath(obj, spec.field, c.value);
    });
    const petitioners = ((obj.petitioners as Array<Record<string, unknown>> | undefined) ?? [])
      .map((p, i) => ({ p, i }))
      .filter(
        ({ p, i }) => i === 0 || Object.values(p ?? {}).some((v) => v !== '' && v !== undefined),
      )
      .map(({ p }) => ({
        name: String(p?.name ?? ''),
        phone: (p?.phone as string | undefined) || null,
        idNumber: String(p?.idNumber ?? ''),
      })) satisfies PetitionerInput[];
    const input: CaseInput = {
      reference: String(obj.reference ?? ''),
      submittedBy: (obj.submittedBy as string) || null,
      batch: (obj.batch as string) || null,
      subject: String(obj.subject ?? ''),
      subcategory: (obj.subcategory as string) || null,
      locality: (obj.locality as string) || null,
      summary: String(obj.summary ?? ''),
      risk: String(obj.risk ?? ''),
      groupSize: typeof obj.groupSize === 'number' ? obj.groupSize : 0,
      petitioners,
      repeatCount: (obj.repeatCount as number | undefined) ?? null,
      backlogYears: (obj.backlogYears as number | undefined) ?? null,
      flags: (obj.flags as CaseInput['flags']) ?? {},
      receiveBefore: (obj.receiveBefore as string | null | undefined) ?? null,
      previousLeader: (obj.previousLeader as string) || null,
      departments: (obj.departments as string[] | undefined) ?? [],
    };
    if (obj.groupSize === undefined && !failedCells.has(`${row}|涉及人数`)) {
      errors.push({ row, column: '涉及人数', message: '涉及人数不能为空' });
      failedCells.add(`${row}|涉及人数`);
    }
    mapped.push({ row, input, column: columnOf });
  }
  return { rows: mapped, errors, failedCells };
}
