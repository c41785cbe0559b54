/** A case waiting for a leader's session (plain data; ids are opaque strings). */
export interface MatchCase {
  id: string;
  /** Case-level weight: higher = more urgent (see casePriority). A positive integer. */
  priority: number;
  /** Sessions must fall strictly before this date (YYYY-MM-DD). */
  receiveBefore: string;
  /** Leaders who may receive it, each with an integer bonus (continuity, specialist portfolio). */
  leaders: Array<{ leaderId: string; bonus: number }>;
}

/** One leader's rostered session with room for `capacity` more cases. */
export interface MatchSession {
  id: string;
  leaderId: string;
  date: string;
  capacity: number;
}

export interface MatchingProblem {
  cases: MatchCase[];
  sessions: MatchSession[];
}

export type UnmatchedReason = 'no_eligible_leader' | 'no_session_before_deadline' | 'capacity_full';

export interface MatchAssignment {
  caseId: string;
  sessionId: string;
  /** Weight of this pair in the objective. */
  weight: number;
}

export interface MatchingResult {
  /** optimal: proven by HiGHS and re-checked; error: the backend failed or its answer did not verify. */
  status: 'optimal' | 'error';
  objective: number;
  assignments: MatchAssignment[];
  unmatched: Array<{ caseId: string; reason: UnmatchedReason }>;
  seconds: number;
  message?: string;
}
