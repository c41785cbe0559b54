import type { MatchCase, MatchSession } from './types.js';

export type Risk = 'red' | 'orange' | 'yellow' | 'blue';

export interface PriorityFactors {
  risk: Risk;
  groupSize: number;
  repeatCount: number;
  backlogYears: number;
  crossLevel: boolean;
  beijing: boolean;
  threeCross: boolean;
  threat: boolean;
  /** Days from the matched month's first day to the deadline. */
  daysToDeadline: number;
}

/** Every matched case is worth at least this, so matching more cases is preferred. */
export const BASE_WEIGHT = 100;
const RISK_WEIGHT: Record<Risk, number> = { red: 1000, orange: 600, yellow: 300, blue: 100 };

/**
 * Case weight (xinfang-rules §4.3 scoring): risk dominates, then group size (log), repeats,
 * escalation flags, backlog years and a nearer deadline. Integers only, so the model's objective
 * is integral and optimality is exact.
 */
export function casePriority(f: PriorityFactors): number {
  const group = Math.round(40 * Math.log10(Math.max(1, f.groupSize)));
  const repeats = 8 * Math.min(Math.max(0, f.repeatCount), 20);
  const flags =
    (f.crossLevel ? 40 : 0) + (f.beijing ? 60 : 0) + (f.threeCross ? 30 : 0) + (f.threat ? 60 : 0);
  const backlog = 5 * Math.min(Math.max(0, f.backlogYears), 10);
  const urgency = Math.round((150 * 14) / (Math.max(0, f.daysToDeadline) + 14));
  return BASE_WEIGHT + RISK_WEIGHT[f.risk] + group + repeats + flags + backlog + urgency;
}

/** Bonus for the previous 包案 leader (continuity) and for a specialist rather than a generalist. */
export const PREVIOUS_LEADER_BONUS = 250;
export const SPECIALIST_BONUS = 50;

/** A session a case may take: its leader is eligible and it lies before the deadline. */
export function candidate(c: MatchCase, s: MatchSession): boolean {
  return s.date < c.receiveBefore && c.leaders.some((l) => l.leaderId === s.leaderId);
}

/** Weight of case c in session s (only for candidates). */
export function pairWeight(c: MatchCase, s: MatchSession): number {
  return c.priority + (c.leaders.find((l) => l.leaderId === s.leaderId)?.bonus ?? 0);
}
