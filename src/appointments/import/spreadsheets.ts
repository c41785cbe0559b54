import ExcelJS from 'exceljs';
import { RISK_LABELS, STATUS_LABELS } from '../case-rules.js';
import type { CaseView } from '../case-view.js';
import type { CaseStatus, RiskLevel } from '../priority-case.entity.js';
import { COLUMNS } from './columns.js';
import { DATA_SHEET, HELP_SHEET } from './parse-file.js';

/**
 * A cell that starts with = + - @ (or a tab / carriage return) would run as a formula when the
 * exported sheet is opened (CSV/formula injection): prefix it with an apostrophe so it stays text.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The import template: one data sheet with the exact headers, text-formatted ID/phone columns. */
export async function templateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(DATA_SHEET);
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width ?? 12 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    // Text format, or Excel turns 18-digit ID numbers into 1.10105E+17.
    if (c.kind === 'id' || c.kind === 'phone') col.numFmt = '@';
    if (c.required)
      header.getCell(i + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFFE699' },
      };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet(HELP_SHEET);
  help.columns = [
    { header: '列', width: 18 },
    { header: '必填', width: 8 },
    { header: '说明', width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of COLUMNS) help.addRow([c.header, c.required ? '是' : '', c.hint]);
  help.addRow([]);
  help.addRow([
    '注意',
    '',
    '整个文件全部通过校验才会导入；有任何错误时不写入任何数据，并列出每处错误的行号和列名。',
  ]);
  help.addRow([
    '注意',
    '',
    '请勿使用公式、合并单元格或增加其他工作表；CSV 文件请用 UTF-8 或 GBK 编码保存。',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Cases as a spreadsheet for office staff: masked personal data, no restricted cases. */
export async function casesXlsx(
  cases: CaseView[],
  subjectNames: Map<string, string>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('重点约访案件');
  sheet.columns = [
    { header: '案件编号', width: 14 },
    { header: '批次', width: 14 },
    { header: '信访事项分类', width: 14 },
    { header: '简要案情', width: 40 },
    { header: '风险等级', width: 8 },
    { header: '涉及人数', width: 8 },
    { header: '信访人（脱敏）', width: 16 },
    { header: '联系电话（脱敏）', width: 16 },
    { header: '约访截止日期', width: 12 },
    { header: '状态', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of cases) {
    const first = c.petitioners[0];
    sheet.addRow(
      [
        c.reference,
        c.batch ?? '',
        subjectNames.get(c.subjectCode) ?? c.subjectLabel,
        c.summary,
        RISK_LABELS[c.risk as RiskLevel],
        c.groupSize,
        first?.name ?? '',
        first?.phone ?? '',
        c.receiveBefore ?? '',
        STATUS_LABELS[c.status as CaseStatus],
      ].map((v) => (typeof v === 'string' ? neutralise(v) : v)),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
