import type { DutyRecord, WalkIn } from '../../api/types.js';

/** Labels of the attendance and walk-in answers. */
export const ATTENDANCE_NAMES: Record<DutyRecord['status'], string> = {
  present: '到岗',
  substituted: '代班',
  absent: '缺席',
  unrecorded: '待登记',
};

export const OUTCOME_NAMES: Record<WalkIn['outcome'], string> = {
  resolved: '当场化解',
  assigned: '交办',
  transferred: '转送',
  other: '其他',
};

export const WALK_IN_STATUS: Record<WalkIn['status'], string> = {
  open: '办理中',
  closed: '已办结',
  escalated: '已转重点约访',
};

export const SATISFACTION_NAMES = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
} as const;

export const SESSION_NAMES: Record<string, string> = { AM: '上午', PM: '下午', CALL: '值班' };
