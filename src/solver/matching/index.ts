/**
 * Priority-appointment matching (重点约访): plain data in, plain data out, no Nest/TypeORM.
 *
 *   const result = await solveMatching({ cases, sessions });
 *   // result.assignments: [{ caseId, sessionId, weight }], result.unmatched: [{ caseId, reason }]
 *
 * casePriority() turns risk, group size, repeats, flags and deadline into a case weight;
 * checkAssignments() verifies any assignment and recomputes its objective.
 */
export * from './types.js';
export {
  BASE_WEIGHT,
  candidate,
  casePriority,
  pairWeight,
  PREVIOUS_LEADER_BONUS,
  SPECIALIST_BONUS,
  type PriorityFactors,
  type Risk,
} from './weights.js';
export { checkAssignments, solveMatching, unmatchedReason } from './solve.js';
