import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import {
  type Cell,
  columnLetter,
  type FileProblem,
  type ParsedRow,
  type ParseLimits,
  type ParseResult,
} from './cells.js';
import { decodeText } from './decode-text.js';
import { guardZip, ZipRejected } from './zip-guard.js';

/** The data sheet of the template; a second sheet with this name holds instructions. */
export const DATA_SHEET = '重点约访案件';
export const HELP_SHEET = '填写说明';

const fail = (
  message: string,
  row: number | null = null,
  column: string | null = null,
): ParseResult => ({
  ok: false,
  problems: [{ row, column, message }],
});

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Buffer) =>
  b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Turns an uploaded file into header + rows of plain cells; runs in a worker thread. */
export async function parseUpload(buffer: Buffer, limits: ParseLimits): Promise<ParseResult> {
  if (buffer.length === 0) return fail('文件为空');
  if (isOle(buffer))
    return fail('不支持 .xls（Excel 97-2003）或加密的工作簿，请另存为 .xlsx 或 CSV 后导入');
  if (isZip(buffer)) return parseXlsx(buffer, limits);
  return parseCsvText(buffer, limits);
}

function headerText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.date;
  return String(v).replace(/[*＊\s]/g, '');
}

async function parseXlsx(buffer: Buffer, limits: ParseLimits): Promise<ParseResult> {
  try {
    await guardZip(buffer, limits);
  } catch (err) {
    if (err instanceof ZipRejected) return fail(err.message);
    throw err;
  }
  // Loaded on first use: CSV-only work never pays for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return fail('XLSX 文件无法读取（格式损坏或不是 Excel 工作簿）');
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => s.name === DATA_SHEET) ?? sheets.find((s) => s.name !== HELP_SHEET);
  if (!sheet) return fail(`工作簿中没有数据工作表「${DATA_SHEET}」`);
  const problems: FileProblem[] = [];
  for (const other of sheets) {
    if (other === sheet || other.name === HELP_SHEET || other.actualRowCount === 0) continue;
    problems.push({
      row: null,
      column: null,
      message: `工作簿含多余的工作表「${other.name}」，只能有一个数据工作表「${sheet.name}」，请删除多余工作表后重新导入`,
    });
  }
  const dataRows = Math.max(0, sheet.actualRowCount - 1);
  if (dataRows > limits.maxRows) {
    return fail(`数据行数 ${dataRows} 超过上限 ${limits.maxRows}，请分批导入`);
  }
  const width = sheet.columnCount;
  const header = sheet.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= width; c++)
    headers.push(headerText(cellValue(header.getCell(c), problems, 1, '')));
  while (headers.length && !headers[headers.length - 1]) headers.pop();
  if (headers.length === 0) return fail('第 1 行应为列标题，但为空', 1);

  const seenMerges = new Set<string>();
  const rows: ParsedRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
      const cell = row.getCell(c);
      const name = headers[c - 1] || columnLetter(c - 1);
      if (cell.isMerged) {
        const master = cell.master;
        const key = master.address;
        if (!seenMerges.has(key)) {
          seenMerges.add(key);
          problems.push({
            row: Number(master.row),
            column: headers[Number(master.col) - 1] || columnLetter(Number(master.col) - 1),
            message: `单元格 ${key} 是合并单元格，请取消合并并在每一行填写完整`,
          });
        }
        cells.push(null);
        continue;
      }
      const v = cellValue(cell, problems, r, name);
      if (c > headers.length && v !== null && v !== '') {
        problems.push({
          row: r,
          column: columnLetter(c - 1),
          message: `第 ${columnLetter(c - 1)} 列没有列标题，但有内容`,
        });
      }
      cells.push(v);
    }
    if (cells.every((v) => v === null || v === '')) continue;
    rows.push({ row: r, cells: cells.slice(0, headers.length) });
  }
  // Merges in the header row count too.
  for (let c = 1; c <= width; c++) {
    const cell = header.getCell(c);
    if (cell.isMerged && !seenMerges.has(cell.master.address)) {
      seenMerges.add(cell.master.address);
      problems.push({
        row: 1,
        column: headers[c - 1] || columnLetter(c - 1),
        message: `列标题 ${cell.master.address} 是合并单元格，请取消合并`,
      });
    }
  }
  return { ok: true, format: 'xlsx', headers, rows, problems };
}

function cellValue(cell: ExcelJS.Cell, problems: FileProblem[], row: number, column: string): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) {
    // exceljs reads date serials as UTC midnight.
    const d = DateTime.fromJSDate(v, { zone: 'utc' });
    return d.isValid ? { date: d.toISODate()! } : null;
  }
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      problems.push({
        row,
        column,
        message: `单元格 ${cell.address} 含公式，请复制后“粘贴为数值”再导入`,
      });
      return null;
    }
    if ('error' in v) {
      problems.push({ row, column, message: `单元格 ${cell.address} 是错误值 ${String(v.error)}` });
      return null;
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      return typeof t === 'string'
        ? t
        : typeof t === 'object' && t && 'richText' in t
          ? (t as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('')
          : null;
    }
  }
  problems.push({ row, column, message: `单元格 ${cell.address} 的内容无法识别` });
  return null;
}

function parseCsvText(buffer: Buffer, limits: ParseLimits): ParseResult {
  let text: string;
  try {
    text = decodeText(buffer).text;
  } catch {
    return fail('文件以 UTF-8 标记开头，但内容不是有效的 UTF-8 编码');
  }
  if (text.includes('\u0000')) return fail('文件既不是 XLSX 也不是文本 CSV（含二进制内容）');
  if (text.includes('\uFFFD')) return fail('文件编码无法识别（应为 UTF-8 或 GBK/GB18030）');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 64 * 1024,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    return fail(`CSV 格式错误（多半是引号不成对）`, e.lines ?? null);
  }
  if (records.length === 0) return fail('文件为空');
  const headers = records[0].record.map((h) => headerText(h));
  while (headers.length && !headers[headers.length - 1]) headers.pop();
  const problems: FileProblem[] = [];
  if (records.length - 1 > limits.maxRows) {
    return fail(`数据行数 ${records.length - 1} 超过上限 ${limits.maxRows}，请分批导入`);
  }
  // Rows are numbered by the file's lines (header = 1), as a text editor shows them.
  const rows: ParsedRow[] = [];
  records.slice(1).forEach(({ record: rec, info }) => {
    const row = info.lines;
    rec.forEach((v, c) => {
      if (c >= headers.length && v.trim() !== '') {
        problems.push({
          row,
          column: columnLetter(c),
          message: `第 ${columnLetter(c)} 列没有列标题，但有内容`,
        });
      }
    });
    const cells: Cell[] = headers.map((_, c) =>
      rec[c] === undefined || rec[c] === '' ? null : rec[c],
    );
    if (cells.some((v) => v !== null && String(v).trim() !== '')) rows.push({ row, cells });
  });
  return { ok: true, format: 'csv', headers, rows, problems };
}
