/** The words office staff read for the case and appointment codes. */
import type {
  AppointmentStatus,
  CaseRouting,
  CaseStatus,
  RiskLevel,
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
