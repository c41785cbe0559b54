import { MAX_REPRESENTATIVES } from '../case-rules.js';

export type ColumnKind = 'text' | 'int' | 'flag' | 'date' | 'id' | 'phone' | 'list';

export interface ColumnSpec {
  /** Field path in CaseInput, e.g. petitioners[0].idNumber or flags.threat. */
  field: string;
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** Shown in the template's instructions. */
  hint: string;
  width?: number;
}

const petitionerColumns = Array.from({ length: MAX_REPRESENTATIVES }, (_, i): ColumnSpec[] => [
  {
    field: `petitioners[${i}].name`,
    header: `信访人${i + 1}姓名`,
    kind: 'text',
    required: i === 0,
    hint: i === 0 ? '主访人姓名' : `集体访第 ${i + 1} 名代表（最多 ${MAX_REPRESENTATIVES} 名）`,
  },
  {
    field: `petitioners[${i}].phone`,
    header: `信访人${i + 1}电话`,
    kind: 'phone',
    hint: '11 位手机号或带区号的固定电话',
    width: 16,
  },
  {
    field: `petitioners[${i}].idNumber`,
    header: `信访人${i + 1}身份证号`,
    kind: 'id',
    required: i === 0,
    hint: '18 位，单元格格式须为“文本”（否则 Excel 会改成 1.10105E+17）',
    width: 22,
  },
]).flat();

/** The columns of the import template, in order. */
export const COLUMNS: ColumnSpec[] = [
  {
    field: 'reference',
    header: '案件编号',
    kind: 'text',
    required: true,
    hint: '提交单位的案件编号，本单位内唯一',
    width: 14,
  },
  {
    field: 'submittedBy',
    header: '提交单位',
    kind: 'text',
    hint: '政法委 或 信访局；不填则为导入人所在单位',
  },
  { field: 'batch', header: '批次', kind: 'text', hint: '报送批次，如 2026年第1批' },
  {
    field: 'subject',
    header: '信访事项分类',
    kind: 'text',
    required: true,
    hint: '现行一级分类（如 城乡建设）或旧分类（如 国土资源）',
    width: 16,
  },
  { field: 'subcategory', header: '二级分类', kind: 'text', hint: '如 住房保障与房地产' },
  { field: 'locality', header: '问题属地', kind: 'text', hint: '如 嵘城区' },
  {
    field: 'summary',
    header: '简要案情',
    kind: 'text',
    required: true,
    hint: '不含检举控告材料',
    width: 40,
  },
  { field: 'risk', header: '风险等级', kind: 'text', required: true, hint: '红、橙、黄 或 蓝' },
  {
    field: 'groupSize',
    header: '涉及人数',
    kind: 'int',
    required: true,
    hint: '至少 1；5 人以上为集体访',
  },
  ...petitionerColumns,
  { field: 'repeatCount', header: '重复信访次数', kind: 'int', hint: '0 或正整数' },
  { field: 'flags.crossLevel', header: '越级访', kind: 'flag', hint: '是 / 否' },
  { field: 'flags.beijing', header: '进京访', kind: 'flag', hint: '是 / 否' },
  { field: 'flags.threeCross', header: '三跨三分离', kind: 'flag', hint: '是 / 否' },
  { field: 'flags.threat', header: '扬言', kind: 'flag', hint: '是 / 否' },
  {
    field: 'flags.lawRelated',
    header: '涉法涉诉',
    kind: 'flag',
    hint: '是 / 否；是则由政法口领导接待',
  },
  {
    field: 'flags.accusation',
    header: '检举控告',
    kind: 'flag',
    hint: '是 / 否；是则转纪检监察，不安排公开接访',
  },
  { field: 'backlogYears', header: '积案年数', kind: 'int', hint: '0 表示非积案' },
  {
    field: 'receiveBefore',
    header: '约访截止日期',
    kind: 'date',
    required: true,
    hint: 'YYYY-MM-DD，须晚于今天（检举控告类可不填）',
    width: 14,
  },
  { field: 'previousLeader', header: '原包案领导', kind: 'text', hint: '领导编号（如 L12）或姓名' },
  {
    field: 'departments',
    header: '参加部门',
    kind: 'list',
    hint: '部门全称，多个用顿号或逗号分隔',
    width: 28,
  },
];

export const REQUIRED_HEADERS = COLUMNS.filter((c) => c.required && c.field !== 'receiveBefore');

/** Header aliases people commonly type instead of the template's wording. */
export const HEADER_ALIASES: Record<string, string> = {
  编号: '案件编号',
  分类: '信访事项分类',
  事项分类: '信访事项分类',
  人数: '涉及人数',
  姓名: '信访人1姓名',
  电话: '信访人1电话',
  联系电话: '信访人1电话',
  身份证号: '信访人1身份证号',
  身份证号码: '信访人1身份证号',
  截止日期: '约访截止日期',
};
