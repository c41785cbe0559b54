import type { Assignment, Problem } from '../problem.js';
import { addAssignmentVariables } from '../rules/availability.js';
import { addCoverRules } from '../rules/cover.js';
import { addDailyRules } from '../rules/daily.js';
import { addFairnessRules } from '../rules/fairness.js';
import { addPoolQuotaRules } from '../rules/pools.js';
import { addQuotaRules } from '../rules/quotas.js';
import { addRangeLimitRules } from '../rules/ranges.js';
import { addRequestRules } from '../rules/requests.js';
import { addSequenceRules } from '../rules/sequences.js';
import { addStabilityRules } from '../rules/stability.js';
import { addWeekendRules } from '../rules/weekends.js';
import { addWindowRules } from '../rules/windows.js';
import type { ElasticMeta, LinearModel } from './builder.js';
import { ModelContext, type ModelOptions } from './context.js';

export interface BuiltModel {
  model: LinearModel;
  /** A hard rule can never hold (e.g. a pin on an unavailable person); no need to solve. */
  triviallyInfeasible: boolean;
  elasticCols: { col: number; meta: ElasticMeta }[];
  /** Column of each assignment variable, with its (person, date, shift). */
  assignmentCols: { col: number; personId: string; date: string; shift: string }[];
}

/** The rule families, in the order they add to the model. */
export const RULE_FAMILIES = [
  addAssignmentVariables,
  addCoverRules,
  addQuotaRules,
  addRangeLimitRules,
  addPoolQuotaRules,
  addDailyRules,
  addWindowRules,
  addSequenceRules,
  addWeekendRules,
  addRequestRules,
  addFairnessRules,
  addStabilityRules,
] as const;

export function buildModel(problem: Problem, options: ModelOptions = {}): BuiltModel {
  const ctx = new ModelContext(problem, options);
  for (const rule of RULE_FAMILIES) rule(ctx);
  const assignmentCols: BuiltModel['assignmentCols'] = [];
  ctx.x.forEach((xs, p) =>
    xs.forEach((col, si) => {
      if (col < 0) return;
      const s = ctx.idx.sessions[si];
      assignmentCols.push({ col, personId: problem.people[p].id, date: s.date, shift: s.shiftId });
    }),
  );
  return {
    model: ctx.b.build(),
    triviallyInfeasible: ctx.b.triviallyInfeasible,
    elasticCols: ctx.elasticCols,
    assignmentCols,
  };
}

export function decodeAssignments(built: BuiltModel, colValue: ArrayLike<number>): Assignment[] {
  return built.assignmentCols
    .filter((a) => colValue[a.col] > 0.5)
    .map((a) => ({ date: a.date, shift: a.shift, personId: a.personId }));
}
