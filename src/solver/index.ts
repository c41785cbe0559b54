/**
 * Roster solver: plain data in, plain data out (no Nest/TypeORM). See README.md.
 *
 *   const solver = createSolver({ maxMemoryMb: 256 });
 *   const result = await solver.solve(problem, { backend: 'highs', timeLimitSeconds: 10, signal });
 *   await solver.close();
 *
 * - problemSchema / validateProblem / parseProblem: validation (problem.schema.json is generated).
 * - verify(problem, assignments): hard violations and the objective, recomputed independently.
 * - diagnose(problem): counting pre-checks for infeasibility (the solve path adds an elastic
 *   re-solve when they find nothing).
 * - solveCore: the same pipeline on the calling thread (blocks it; for scripts and tests).
 */
export * from './problem.js';
export { verify, type SoftViolation, type Verification } from './verifier.js';
export { diagnose } from './diagnosis.js';
export { RULES, ruleById, ruleLabel, describeViolation } from './rules/index.js';
export type { Rule, Side } from './rules/rule.js';
export { Words } from './rules/words.js';
export { createSolver, SolverPool, SolveAbortedError } from './pool.js';
export type { SolveOptions, SolverPoolOptions, SolveProgress } from './pool.js';
export { SolverPortfolio } from './portfolio.js';
export { checkedResult, solveCore, type CoreSolveOptions } from './core.js';
export { generateMonth, mulberry32, type MonthSpec } from './generator.js';
