import type { Assignment, Problem } from '../problem.js';
import { elasticCost, RULES } from '../rules/index.js';
import type { LinearModel } from './builder.js';
import { ModelContext, type ElasticSlack, type ModelOptions } from './context.js';
import { addAssignmentVariables } from './variables.js';

export interface BuiltModel {
  model: LinearModel;
  /** A hard rule can never hold (e.g. a pin on an unavailable person); no need to solve. */
  triviallyInfeasible: boolean;
  elasticCols: ElasticSlack[];
  /** Column of each assignment variable (fixed duties excluded), with its (person, date, shift). */
  assignmentCols: { col: number; personId: string; date: string; shift: string }[];
}

export function buildModel(
  problem: Problem,
  options: Omit<ModelOptions, 'elasticCost'> = {},
): BuiltModel {
  const ctx = new ModelContext(problem, { ...options, elasticCost });
  addAssignmentVariables(ctx);
  for (const rule of RULES) rule.model?.(ctx);
  const assignmentCols: BuiltModel['assignmentCols'] = [];
  ctx.x.forEach((xs, p) =>
    xs.forEach((col, si) => {
      if (col < 0 || ctx.fixedCols.has(col)) return;
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
