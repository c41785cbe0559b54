import type {
  CaseFlags,
  CaseRouting,
  CaseStatus,
  RiskLevel,
  SubmittingBody,
} from './priority-case.entity.js';

/** Subject code of 政法 (the pool for 涉法涉诉) and of 纪检监察 (restricted). */
export const POLITICS_LAW = 'politics_law';
export const DISCIPLINE = 'discipline_supervision';

/** 条例: at most 5 representatives of a group attend. */
export const MAX_REPRESENTATIVES = 5;

export const RISK_LABELS: Record<RiskLevel, string> = {
  red: '红',
  orange: '橙',
  yellow: '黄',
  blue: '蓝',
};

export function parseRisk(v: string): RiskLevel | undefined {
  const t = v.trim().toLowerCase();
  for (const [level, label] of Object.entries(RISK_LABELS) as Array<[RiskLevel, string]>) {
    if (t === level || t === label || t === `${label}色`) return level;
  }
  return undefined;
}

const BODIES: Record<string, SubmittingBody> = {
  politics: 'politics',
  政法委: 'politics',
  市委政法委: 'politics',
  petition: 'petition',
  信访局: 'petition',
  市信访局: 'petition',
};

/** The submitting body a code or name stands for (政法委 / 信访局), or undefined. */
export const parseSubmittingBody = (v: string): SubmittingBody | undefined => BODIES[v.trim()];

/**
 * Accusations (检举控告) and 纪检监察 matters never reach a public session or calendar (条例 第30条:
 * accusation material must not reach the accused); 涉法涉诉 goes to the 政法 pool (第22条).
 */
export function routeCase(
  subjectRestricted: boolean,
  subjectCode: string,
  flags: CaseFlags,
): CaseRouting {
  if (subjectRestricted || flags.accusation) return 'restricted';
  if (flags.lawRelated || subjectCode === POLITICS_LAW) return 'politics_law';
  return 'public';
}

const TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  pending: ['proposed', 'closed'],
  proposed: ['pending', 'scheduled', 'closed'],
  scheduled: ['pending', 'proposed', 'received', 'closed'],
  received: ['closed'],
  closed: [],
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  pending: '待匹配',
  proposed: '已建议',
  scheduled: '已约定',
  received: '已接待',
  closed: '已办结',
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
