/** The words office staff read for the case and appointment codes. */
import type {
  AppointmentStatus,
  CaseFlags,
  CaseRouting,
  DeadlineState,
  ReceptionOutcome,
  CaseStatus,
  RiskLevel,
  Subject,
  UnmatchedReason,
} from '../../api/types.js';

export const CASE_STATUS_NAMES: Record<CaseStatus, string> = {
  pending: '待匹配',
  proposed: '已建议',
  scheduled: '已约定',
  received: '已接待',
  closed: '已办结',
};

export const RISK_NAMES: Record<RiskLevel, string> = {
  red: '红',
  orange: '橙',
  yellow: '黄',
  blue: '蓝',
};

export const ROUTING_NAMES: Record<CaseRouting, string> = {
  public: '普通',
  politics_law: '涉法涉诉（政法口）',
  restricted: '纪检监察（不公开安排）',
};

export const APPOINTMENT_STATUS_NAMES: Record<AppointmentStatus, string> = {
  proposed: '待确认',
  scheduled: '已约定',
  postponed: '已暂缓',
  superseded: '已被新匹配取代',
  received: '已接待',
  cancelled: '已取消',
};

export const UNMATCHED_NAMES: Record<UnmatchedReason, string> = {
  no_eligible_leader: '无分管领导',
  no_session_before_deadline: '截止日期前无坐班场次',
  capacity_full: '场次已排满',
};

export const SUBMITTER_NAMES = { politics: '政法委', petition: '信访局' } as const;

export const FLAG_NAMES: Record<keyof CaseFlags, string> = {
  crossLevel: '越级访',
  beijing: '进京访',
  threeCross: '三跨三分离',
  threat: '扬言',
  lawRelated: '涉法涉诉（由政法口领导接待）',
  accusation: '检举控告（转纪检监察，不安排公开接访）',
};

export const OUTCOME_NAMES: Record<ReceptionOutcome, string> = {
  resolved: '当场化解',
  assigned: '交办',
  transferred: '转送',
  other: '其他',
};

export const DEADLINE_NAMES: Record<DeadlineState, string> = {
  none: '无办理期限',
  running: '办理中',
  overdue: '已超期',
  stopped: '已办结',
};

/** The case fields as the import template names them, for error messages of an edit. */
export function caseFieldName(field: string): string {
  const person = /^petitioners\[(\d+)\]\.(name|phone|idNumber)$/.exec(field);
  if (person) {
    const what = { name: '姓名', phone: '电话', idNumber: '身份证号' }[person[2]];
    return `信访人${Number(person[1]) + 1}${what}`;
  }
  const dep = /^departments\[(\d+)\]$/.exec(field);
  if (dep) return `参加部门（第 ${Number(dep[1]) + 1} 个）`;
  return (
    {
      reference: '案件编号',
      submittedBy: '提交单位',
      batch: '批次',
      subject: '信访事项分类',
      subcategory: '二级分类',
      locality: '问题属地',
      summary: '简要案情',
      risk: '风险等级',
      groupSize: '涉及人数',
      repeatCount: '重复信访次数',
      backlogYears: '积案年数',
      receiveBefore: '约访截止日期',
      previousLeader: '原包案领导',
      version: '版本',
    }[field] ?? field
  );
}

/**
 * A case's category as listed: the current taxonomy's name for its code (one label everywhere),
 * and the label the import gave when that differs, as a note; the imported label alone when the
 * code is not in the taxonomy.
 */
export function caseSubject(
  subjects: Subject[],
  code: string,
  imported: string,
): { name: string; importedNote: string | null } {
  const current = subjects.find((x) => x.code === code)?.name;
  if (!current) return { name: imported, importedNote: null };
  return { name: current, importedNote: current !== imported ? imported : null };
}
