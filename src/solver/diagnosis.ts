/**
 * Explaining infeasible problems in the words of the office: each rule's counting pre-checks
 * first, and, when they find nothing, the relaxations chosen by an elastic re-solve.
 */
import type { ElasticSlack } from './model/context.js';
import type { Diagnosis, Problem } from './problem.js';
import { ruleById, ruleLabel, RULES } from './rules/index.js';
import { PrecheckContext } from './rules/precheck-context.js';
import { Words } from './rules/words.js';

/**
 * Counting arguments that prove infeasibility of the hard rules (each finding is a proof, never a
 * guess); an empty list does not mean the problem is feasible.
 */
export function diagnose(problem: Problem): Diagnosis[] {
  const ctx = new PrecheckContext(problem);
  return RULES.flatMap((rule) => rule.precheck?.(ctx) ?? []);
}

/** Turns the relaxations used by the elastic re-solve into diagnosis items. */
export function describeRelaxations(
  problem: Problem,
  used: { tag: ElasticSlack['tag']; amount: number }[],
): Diagnosis[] {
  const w = new Words(problem);
  return used.map(({ tag, amount }) => {
    const a = Math.round(amount * 1000) / 1000;
    const relaxation = { ...tag, amount: a };
    const message =
      ruleById(tag.rule)?.relaxed?.(relaxation, w) ??
      `规则「${ruleLabel(tag.rule, tag.side)}」需要放宽 ${a}`;
    return {
      rule: tag.rule,
      code: `${tag.rule}.${tag.side}`,
      message,
      messageEn: `relaxed ${tag.rule} (${tag.side}) by ${a}${tag.personId ? ' for ' + tag.personId : ''}${tag.date ? ' at ' + w.at(tag.date, tag.shift) : ''}`,
      side: tag.side,
      ...(tag.date !== undefined && { date: tag.date }),
      ...(tag.shift !== undefined && { shift: tag.shift }),
      ...(tag.personId !== undefined && { personId: tag.personId }),
      ...(tag.pool !== undefined && { pool: tag.pool }),
      ...(tag.to !== undefined && { to: tag.to }),
      ...(tag.limit !== undefined && { required: tag.limit }),
      amount: a,
      source: 'elastic' as const,
    };
  });
}
