import type { Department, Leader } from '../org/index.js';
import {
  casePriority,
  type MatchCase,
  PREVIOUS_LEADER_BONUS,
  SPECIALIST_BONUS,
} from '../solver/matching/index.js';
import { POLITICS_LAW } from './case-rules.js';
import type { PriorityCase } from './priority-case.entity.js';

/** Leaders with at most this many subjects are specialists (分管) rather than generalists (书记, 市长). */
const SPECIALIST_MAX_SUBJECTS = 6;

/** Who may receive a case: 涉法涉诉 → leaders with 政法 in their portfolio; otherwise the subject's. */
export function eligibleLeaders(c: PriorityCase, leaders: Leader[]): Leader[] {
  if (c.routing === 'restricted') return [];
  const subject = c.routing === 'politics_law' ? POLITICS_LAW : c.subjectCode;
  return leaders.filter((l) => l.active && l.portfolioSubjects.includes(subject));
}

/** Departments invited to a case's reception: those the submitter requires, then its category's. */
export function invitedDepartments(
  c: Pick<PriorityCase, 'departmentIds' | 'subjectCode'>,
  departments: ReadonlyArray<Pick<Department, 'id' | 'subjectCodes'>>,
): string[] {
  return [
    ...new Set([
      ...c.departmentIds,
      ...departments.filter((d) => d.subjectCodes.includes(c.subjectCode)).map((d) => d.id),
    ]),
  ];
}

export function leaderBonus(c: PriorityCase, l: Leader): number {
  return (
    (c.previousLeaderId === l.id ? PREVIOUS_LEADER_BONUS : 0) +
    (l.portfolioSubjects.length <= SPECIALIST_MAX_SUBJECTS ? SPECIALIST_BONUS : 0)
  );
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The case as the matching model sees it. */
export function toMatchCase(c: PriorityCase, leaders: Leader[], monthStart: string): MatchCase {
  return {
    id: c.id,
    priority: casePriority({
      risk: c.risk,
      groupSize: c.groupSize,
      repeatCount: c.repeatCount,
      backlogYears: c.backlogYears,
      crossLevel: c.flags.crossLevel,
      beijing: c.flags.beijing,
      threeCross: c.flags.threeCross,
      threat: c.flags.threat,
      daysToDeadline: c.receiveBefore ? days(monthStart, c.receiveBefore) : 0,
    }),
    receiveBefore: c.receiveBefore ?? monthStart,
    leaders: eligibleLeaders(c, leaders).map((l) => ({ leaderId: l.id, bonus: leaderBonus(c, l) })),
  };
}
