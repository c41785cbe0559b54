/**
 * Independent check of a roster: every registered rule recomputes itself from the assignments
 * alone, without the model. Every backend's answer goes through it.
 */
import type { Assignment, Problem, Violation } from './problem.js';
import { RULES } from './rules/index.js';
import { RosterFacts, type SoftViolation } from './rules/roster-facts.js';
import { runCheck } from './rules/rule.js';

export type { SoftViolation } from './rules/roster-facts.js';

export interface Verification {
  hardViolations: Violation[];
  /** Every soft breach with its place (the penalties add up to the objective). */
  softViolations: SoftViolation[];
  objective: number;
  penaltyByRule: Record<string, number>;
  penaltyByPerson: Record<string, number>;
}

export function verify(problem: Problem, assignments: readonly Assignment[]): Verification {
  const facts = new RosterFacts(problem, assignments);
  for (const rule of RULES) runCheck(rule, facts);
  return {
    hardViolations: facts.hardViolations,
    softViolations: facts.softViolations,
    objective: Object.values(facts.penaltyByRule).reduce((a, b) => a + b, 0),
    penaltyByRule: facts.penaltyByRule,
    penaltyByPerson: facts.penaltyByPerson,
  };
}
