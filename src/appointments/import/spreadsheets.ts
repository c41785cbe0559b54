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

/** What a unit may write in the template's list columns. */
export interface TemplateLists {
  departments: string[];
  /** Current first-level categories (信访事项内容分类). */
  subjects: string[];
  /** Older labels still accepted on import. */
  oldLabels: string[];
}

/** Rows of the data sheet that get the drop-downs (the import takes at most 1000 rows anyway). */
const VALIDATED_ROWS = 1000;

/**
 * The import template: one data sheet with the exact headers, text-formatted ID/phone columns,
 * drop-downs on the category and department columns; 填写说明 explains every column and lists
 * the valid categories and the unit's departments (the drop-downs read those lists).
 */
export async function templateXlsx(lists?: TemplateLists): Promise<Buffer> {
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
  if (lists) addLists(sheet, help, lists);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Valid categories and departments in 填写说明 (columns E and F) and drop-downs that use them. */
function addLists(sheet: ExcelJS.Worksheet, help: ExcelJS.Worksheet, lists: TemplateLists): void {
  const put = (col: number, title: string, values: string[], width: number) => {
    help.getColumn(col).width = width;
    const head = help.getCell(1, col);
    head.value = title;
    head.font = { bold: true };
    values.forEach((v, i) => (help.getCell(i + 2, col).value = v));
    const letter = help.getColumn(col).letter;
    return `'${HELP_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  };
  const subjects = put(5, '可填写的信访事项分类（现行）', lists.subjects, 26);
  const departments = put(6, '本单位可填写的参加部门', lists.departments, 28);
  if (lists.oldLabels.length) {
    put(7, '也接受的旧分类', lists.oldLabels, 18);
  }
  const columnOf = (field: string) => COLUMNS.findIndex((c) => c.field === field) + 1;
  const validate = (field: string, formula: string, strict: boolean, prompt: string) => {
    const letter = sheet.getColumn(columnOf(field)).letter;
    // One range, not a rule per cell: the file stays small.
    (
      sheet as unknown as {
        dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
      }
    ).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showInputMessage: true,
      promptTitle: '从列表选择',
      prompt,
      showErrorMessage: true,
      errorStyle: strict ? 'warning' : 'information',
      errorTitle: '不在列表中',
      error: strict
        ? '不是现行分类；旧分类也可导入，详见“填写说明”。'
        : '多个部门请用顿号分隔，每个须是“填写说明”中列出的部门全称。',
    });
  };
  validate('subject', subjects, true, '现行一级分类，见“填写说明”E 列');
  if (lists.departments.length) {
    validate('departments', departments, false, '选一个部门；多个部门用顿号分隔，见“填写说明”F 列');
  }
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
