/** Answers of the attendance, walk-in and hall-figure endpoints, as this page reads them. */
export interface DutyRecord {
  date: string;
  session: 'AM' | 'PM' | 'CALL';
  plannedLeaderId: string;
  plannedLeaderName: string;
  status: 'present' | 'substituted' | 'absent' | 'unrecorded';
  satLeaderId: string | null;
  satLeaderName: string | null;
  reason: string | null;
  begun: boolean;
}

export interface WalkIn {
  id: string;
  reference: string;
  date: string;
  session: 'AM' | 'PM';
  leaderName: string;
  caseLeaderName: string;
  persons: number;
  subjectCode: string;
  summary: string;
  outcome: 'resolved' | 'assigned' | 'transferred' | 'other';
  dueDate: string | null;
  status: 'open' | 'closed' | 'escalated';
  duplicateOfReference: string | null;
  satisfaction: 'satisfied' | 'basically_satisfied' | 'unsatisfied' | null;
  resolved: boolean | null;
  petitioners: Array<{ name: string | null }>;
  version: number;
}

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
