/**
 * The rules a roster breaks, in words office staff read: hard rules (errors: the roster cannot be
 * published) and soft rules (warnings), each placed on a date/session/leader where it has one.
 * The facts and the wording come from the solver's rule registry; this file only places them.
 */
import {
  describeViolation,
  ruleLabel,
  verify,
  type Assignment,
  type Problem,
  type Violation,
  Words,
} from '../solver/index.js';
import type { SessionCode } from './problem-builder.js';

export interface Finding {
  severity: 'error' | 'warning';
  rule: string;
  /** Short name of the rule for labels, e.g. 坐班间隔过近. */
  ruleName: string;
  message: string;
  date?: string;
  session?: SessionCode;
  leaderId?: string;
  /** Every date the finding involves when it is about several duties (spacing), `date` last. */
  dates?: string[];
  /** Last date of a range the finding is about (a month, a quarter, a special period). */
  to?: string;
}

/** Hard violations and soft breaches of a roster, worded and placed. */
export function findings(
  problem: Problem,
  assignments: readonly Assignment[],
  names: Map<string, string>,
): Finding[] {
  const result = verify(problem, assignments);
  const words = new Words(problem, names);
  const toFinding = (severity: Finding['severity']) => (v: Violation) => ({
    severity,
    rule: v.rule,
    ruleName: ruleLabel(v.rule, v.side),
    message: describeViolation(v, words),
    ...(v.date ? { date: v.date } : {}),
    ...(v.shift ? { session: v.shift as SessionCode } : {}),
    ...(v.personId ? { leaderId: v.personId } : {}),
    ...(v.rule === 'window' && v.date ? { dates: [...(v.dates ?? []), v.date] } : {}),
    ...(v.to ? { to: v.to } : {}),
  });
  return [
    ...result.hardViolations.map(toFinding('error')),
    // Fairness and stability are objectives, not breaches anyone needs to act on.
    ...result.softViolations
      .filter((v) => v.rule !== 'fairness' && v.rule !== 'change')
      .map(toFinding('warning')),
  ];
}
