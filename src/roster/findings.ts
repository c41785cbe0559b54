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
import { spacingBreaches, type SpacingBreach } from './spacing.js';

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
}

function spacingFinding(b: SpacingBreach, words: Words): Finding {
  const who = words.who(b.personId);
  const place = `${words.at(b.date, b.shift)}：`;
  const message =
    b.max === 1
      ? `${place}${who} 距上次坐班（${b.earlier[0]}）不足 ${b.days} 个工作日`
      : `${place}${who} ${b.days} 个工作日内坐班超过 ${b.max} 次（另见 ${b.earlier.join('、')}）`;
  return {
    severity: 'warning',
    rule: 'window',
    ruleName: ruleLabel('window'),
    message,
    date: b.date,
    session: b.shift as SessionCode,
    leaderId: b.personId,
    dates: [...b.earlier, b.date],
  };
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
  });
  return [
    ...result.hardViolations.map(toFinding('error')),
    // Fairness and stability are objectives, not breaches anyone needs to act on; spacing is
    // counted per duty (spacing.ts), not per window as the objective charges it.
    ...result.softViolations
      .filter((v) => v.rule !== 'fairness' && v.rule !== 'change' && v.rule !== 'window')
      .map(toFinding('warning')),
    ...spacingBreaches(problem, assignments).map((b) => spacingFinding(b, words)),
  ];
}
