import { highsBackend } from '../backends/highs.js';
import { ModelBuilder } from '../model/builder.js';
import type { MatchAssignment, MatchingProblem, MatchingResult, UnmatchedReason } from './types.js';
import { candidate, pairWeight } from './weights.js';

/** Why a case got no session, given the whole problem and what the optimum used. */
export function unmatchedReason(problem: MatchingProblem, caseId: string): UnmatchedReason {
  const c = problem.cases.find((x) => x.id === caseId)!;
  if (c.leaders.length === 0) return 'no_eligible_leader';
  const before = problem.sessions.filter((s) => candidate(c, s));
  if (before.length === 0) return 'no_session_before_deadline';
  return 'capacity_full';
}

/** Checks capacities, eligibility and deadlines of an assignment and recomputes its objective. */
export function checkAssignments(
  problem: MatchingProblem,
  assignments: Array<{ caseId: string; sessionId: string }>,
): { ok: boolean; objective: number; problems: string[] } {
  const problems: string[] = [];
  const used = new Map<string, number>();
  const seen = new Set<string>();
  let objective = 0;
  for (const a of assignments) {
    const c = problem.cases.find((x) => x.id === a.caseId);
    const s = problem.sessions.find((x) => x.id === a.sessionId);
    if (!c || !s) {
      problems.push(`unknown case or session ${a.caseId}/${a.sessionId}`);
      continue;
    }
    if (seen.has(c.id)) problems.push(`case ${c.id} assigned twice`);
    seen.add(c.id);
    if (!candidate(c, s)) problems.push(`case ${c.id} may not take session ${s.id}`);
    used.set(s.id, (used.get(s.id) ?? 0) + 1);
    objective += pairWeight(c, s);
  }
  for (const s of problem.sessions) {
    if ((used.get(s.id) ?? 0) > Math.max(0, s.capacity))
      problems.push(`session ${s.id} over capacity`);
  }
  return { ok: problems.length === 0, objective, problems };
}

/**
 * Optimal case → session assignment: maximise the summed pair weights subject to one session per
 * case and each session's capacity (a b-matching, solved as a MIP by HiGHS; its LP relaxation is
 * integral, so it is fast). Runs on the calling thread: a month has tens of cases and sessions.
 */
export async function solveMatching(
  problem: MatchingProblem,
  options: { timeLimitSeconds?: number } = {},
): Promise<MatchingResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const b = new ModelBuilder();
  const cols: Array<{ caseId: string; sessionId: string; weight: number }> = [];
  const byCase = new Map<string, [number, number][]>();
  const bySession = new Map<string, [number, number][]>();
  for (const c of problem.cases) {
    for (const s of problem.sessions) {
      if (s.capacity <= 0 || !candidate(c, s)) continue;
      const weight = pairWeight(c, s);
      const col = b.addCol(-weight, 0, 1, true);
      cols.push({ caseId: c.id, sessionId: s.id, weight });
      (byCase.get(c.id) ?? byCase.set(c.id, []).get(c.id)!).push([col, 1]);
      (bySession.get(s.id) ?? bySession.set(s.id, []).get(s.id)!).push([col, 1]);
    }
  }
  for (const terms of byCase.values()) b.addRow(terms, 0, 1);
  for (const s of problem.sessions) {
    const terms = bySession.get(s.id);
    if (terms) b.addRow(terms, 0, s.capacity);
  }
  let assignments: MatchAssignment[] = [];
  if (cols.length > 0) {
    const r = await highsBackend.solve(b.build(), {
      timeLimitSeconds: options.timeLimitSeconds ?? 10,
    });
    const failed = (message: string): MatchingResult => ({
      status: 'error',
      objective: 0,
      assignments: [],
      unmatched: [],
      seconds: seconds(),
      message,
    });
    if (r.status !== 'optimal' || !r.colValue) return failed(r.message ?? `HiGHS: ${r.status}`);
    assignments = cols.filter((_, i) => r.colValue![i] > 0.5);
    const check = checkAssignments(problem, assignments);
    // Honesty: the backend's objective must match an independent recomputation.
    if (!check.ok || Math.round(-(r.objective ?? 0)) !== check.objective) {
      return failed(`matching failed verification: ${check.problems.join('; ')}`);
    }
  }
  const matched = new Set(assignments.map((a) => a.caseId));
  return {
    status: 'optimal',
    objective: assignments.reduce((sum, a) => sum + a.weight, 0),
    assignments,
    unmatched: problem.cases
      .filter((c) => !matched.has(c.id))
      .map((c) => ({ caseId: c.id, reason: unmatchedReason(problem, c.id) })),
    seconds: seconds(),
  };
}
