/** Shapes of the service's JSON answers, as far as the page uses them. */

export type Role = 'admin' | 'office' | 'petition' | 'politics' | 'leader' | 'department';
export type Session = 'AM' | 'PM';
/** A reception session, or the 24-hour on-call duty (值班) of a special-period day. */
export type Duty = Session | 'CALL';

export interface Me {
  id: string;
  username: string;
  role: Role;
  unitId: string;
  leaderId: string | null;
  departmentId: string | null;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  receptionVenue: string;
  sessionTemplates: Array<{ code: Session; start: string; end: string }>;
  rosterRules: RosterRules | null;
  /** 落款 of the printed notice. */
  issuingOffice: string;
  /** A handling deadline on a rest day moves to the next working day. */
  deadlineRollsToWorkingDay: boolean;
}

export interface RosterRules {
  normalSessions: Session[];
  normalLeadersPerSession: number;
  spacingWorkingDays: number;
}

export type RotationPool = 'party_government' | 'npc' | 'cppcc';
export type LeaderRank = 'principal' | 'standing' | 'vice_mayor' | 'npc' | 'cppcc' | 'other';

export interface Leader {
  id: string;
  unitId: string;
  code: string;
  name: string;
  title: string;
  protocolOrder: number;
  rotationPool: RotationPool;
  portfolioSubjects: string[];
  portfolioText: string;
  minSessionsPerMonth: number;
  maxSessionsPerMonth: number;
  maxSessionsPerQuarter: number | null;
  minSessionsPerQuarter: number | null;
  rank: LeaderRank;
  /** Separate reception place; null: the unit's venue. */
  venue: string | null;
  publicReception: boolean;
  active: boolean;
  version: number;
}

export interface Subject {
  code: string;
  name: string;
  restricted: boolean;
}

export interface PeriodSummary {
  id: string;
  name: string;
  coverage: 'working_days' | 'every_day';
  needsReception: boolean;
  sessionCodes: Session[];
  leadersPerSession: number;
  onCallLeader: boolean;
}

export interface CalendarDay {
  date: string;
  weekday: number;
  kind: 'workday' | 'weekend' | 'holiday' | 'makeup_workday';
  holidayName?: string;
  override?: { id: string; kind: string; reason: string };
  working: boolean;
  periods: PeriodSummary[];
}

export interface Finding {
  severity: 'error' | 'warning';
  rule: string;
  ruleName: string;
  message: string;
  date?: string;
  session?: Duty;
  leaderId?: string;
  /** Every date the finding involves when it is about several duties (spacing). */
  dates?: string[];
  /** Last date of a range the finding is about (a quarter, a special period). */
  to?: string;
}

export interface Assignment {
  id: string;
  date: string;
  session: Duty;
  leaderId: string;
  pinned: boolean;
  /** 确认出席: when the sitting leader confirmed (null: not yet). */
  confirmedAt: string | null;
}

export type RosterStatus = 'draft' | 'published' | 'amending';

export interface Roster {
  id: string;
  unitId: string;
  month: string;
  status: RosterStatus;
  version: number;
  publishedVersion: number;
  solver: {
    status: string;
    objective: number | null;
    bound: number | null;
    seconds: number;
  } | null;
  assignments: Assignment[];
  findings: Finding[];
}

export interface RosterSummary {
  id: string;
  month: string;
  status: RosterStatus;
  version: number;
  publishedVersion: number;
}

export interface DutyChange {
  change: 'added' | 'removed';
  date: string;
  session: Duty;
  leaderId: string;
}

export interface RosterVersion {
  number: number;
  publishedAt: string;
  publishedByName: string;
  reason: string | null;
  changes: DutyChange[];
}

export interface Diagnosis {
  code: string;
  message: string;
  date?: string;
  shift?: string;
  personId?: string;
}

export type AvailabilityKind = 'unavailable' | 'preferred' | 'avoided';
export type UnavailableReason = 'trip' | 'meeting' | 'leave' | 'other';

export interface Availability {
  id: string;
  leaderId: string;
  date: string;
  session: Session | null;
  kind: AvailabilityKind;
  reason: UnavailableReason | null;
  note: string;
}

export interface SpecialPeriod {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  coverage: 'working_days' | 'every_day';
  excludedDates: string[];
  sessionCodes: Session[];
  leadersPerSession: number;
  quotaPerLeader: number | null;
  poolQuotas: Partial<Record<RotationPool, number>>;
  onCallLeader: boolean;
  onCallQuotaPerLeader: number | null;
  /** Ranks that may take a session or the on-call duty; a duty not listed is open to all. */
  sessionRanks: Partial<Record<Duty, LeaderRank[]>>;
  spacingDays: number;
  firstDayLeaderId: string | null;
  notes: string;
  version: number;
}

export interface LeaderFigures {
  leaderId: string;
  code: string;
  name: string;
  quota: { minPerMonth: number; maxPerMonth: number; maxPerQuarter: number | null };
  months: Array<{ month: string; planned: number; sat: number }>;
  year: { planned: number; sat: number };
}

/** GET /units/{id}/roster-year: per leader and month, planned and published against quotas. */
export interface RosterYear {
  year: number;
  months: Array<{
    month: string;
    rosterId: string | null;
    status: RosterStatus | null;
    publishedVersion: number;
  }>;
  periods: Array<{
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    quotaPerLeader: number | null;
  }>;
  leaders: Array<{
    leaderId: string;
    code: string;
    name: string;
    quota: {
      minPerMonth: number;
      maxPerMonth: number;
      minPerQuarter: number | null;
      maxPerQuarter: number | null;
    };
    /** Reception sessions in the roster as it stands and as last published; on-call days. */
    months: Array<{ month: string; planned: number; published: number; onCall: number }>;
    /** normal: the sessions the quarterly cap counts; reception: all reception sessions. */
    quarters: Array<{ quarter: number; normal: number; reception: number }>;
    periods: Array<{ periodId: string; planned: number; quota: number; onCall: number }>;
  }>;
}

export interface MonthFigures {
  month: string;
  status: RosterStatus;
  publishedVersion: number;
  sessionsRequired: number;
  sessionsCovered: number;
  preferencesHonoured: number;
  preferencesTotal: number;
  spacingBreaks: number;
}

export interface RosterStats {
  year: number;
  leaders: LeaderFigures[];
  months: MonthFigures[];
}

export interface Department {
  id: string;
  unitId: string;
  name: string;
  subjectCodes: string[];
  active: boolean;
}

export type CaseStatus = 'pending' | 'proposed' | 'scheduled' | 'received' | 'closed';
export type CaseRouting = 'public' | 'politics_law' | 'restricted';
export type RiskLevel = 'red' | 'orange' | 'yellow' | 'blue';
export type UnmatchedReason = 'no_eligible_leader' | 'no_session_before_deadline' | 'capacity_full';

/** One row problem of a case upload or submission (422 INVALID_ROWS). */
export interface RowError {
  row: number | null;
  column: string | null;
  message: string;
}

export interface PetitionerView {
  position: number;
  /** Masked unless the caller asked to reveal and may (then the read is audited). */
  name: string | null;
  phone: string | null;
  idNumber: string | null;
}

export interface CaseFlags {
  crossLevel: boolean;
  beijing: boolean;
  threeCross: boolean;
  threat: boolean;
  lawRelated: boolean;
  accusation: boolean;
}

export interface PriorityCase {
  id: string;
  reference: string;
  submittedBy: 'politics' | 'petition';
  batch: string | null;
  subjectCode: string;
  subjectLabel: string;
  subcategory: string | null;
  locality: string | null;
  summary: string;
  risk: RiskLevel;
  groupSize: number;
  repeatCount: number;
  backlogYears: number;
  flags: CaseFlags;
  routing: CaseRouting;
  receiveBefore: string | null;
  previousLeaderId: string | null;
  departmentIds: string[];
  status: CaseStatus;
  matchNote: { month: string; reason: UnmatchedReason; message: string } | null;
  closedReason: string | null;
  petitioners: PetitionerView[];
  piiRevealed: boolean;
  version: number;
}

/** PATCH /priority-cases/{id}: the case, and what the edit did to its open appointments. */
export interface CaseUpdateResult extends PriorityCase {
  appointmentEffects: Array<{
    appointmentId: string;
    action: 'cancelled' | 'flagged';
    reasons: string[];
  }>;
}

export interface CasePage {
  total: number;
  items: PriorityCase[];
}

export type AppointmentStatus =
  'proposed' | 'scheduled' | 'postponed' | 'superseded' | 'received' | 'cancelled';

export interface Appointment {
  id: string;
  caseId: string;
  caseReference: string;
  subjectCode: string;
  risk: RiskLevel;
  groupSize: number;
  leaderId: string;
  date: string;
  session: Session;
  slotStart: string | null;
  slotEnd: string | null;
  departmentIds: string[];
  status: AppointmentStatus;
  month: string;
  score: number;
  flagged: boolean;
  note: string | null;
  version: number;
}

export interface MatchOutcome {
  month: string;
  status: string;
  seconds: number;
  capacityPerSession: number;
  proposals: Appointment[];
  unmatched: Array<{
    caseId: string;
    caseReference: string;
    reason: UnmatchedReason;
    message: string;
  }>;
}

export type FeedScope = 'leader' | 'unit' | 'department';

/** A freshly issued link: the only time its secret is shown. */
export interface FeedLink {
  id: string;
  scope: FeedScope;
  url: string;
  webcalUrl: string;
  qrPngDataUrl: string;
  hint: string;
  createdAt: string;
}

export interface FeedSummary {
  id: string;
  scope: FeedScope;
  unitId: string;
  leaderId: string | null;
  departmentId: string | null;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
}

export type NotificationStatus = 'planned' | 'sending' | 'retrying' | 'sent' | 'dead' | 'cancelled';
export type ChannelKind = 'email' | 'wecom' | 'dingtalk' | 'webhook' | 'sms' | 'outbox';
export type NotificationRule =
  | 'duty_day_before'
  | 'duty_same_morning'
  | 'duty_change'
  | 'roster_published'
  | 'petition_digest'
  | 'department_invitation'
  | 'department_day_before'
  | 'department_withdrawal'
  | 'case_clock'
  | 'feed_link'
  | 'roster_request'
  | 'duty_confirm_again'
  | 'office_digest';

export interface NotificationView {
  id: string;
  rule: NotificationRule;
  recipientName: string;
  channel: ChannelKind;
  dueAt: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  subject: string;
  body: string;
  sentAt: string | null;
  cancelReason: string | null;
}

export interface NotificationPage {
  total: number;
  items: NotificationView[];
}

export interface NotificationDetail extends NotificationView {
  deliveries: Array<{
    id: string;
    attempt: number;
    channel: string;
    status: string;
    error: string | null;
    startedAt: string;
    finishedAt: string | null;
  }>;
}

/** GET /units/{id}/reception-figures: 约访接访 批次 and 人次 per leader and month. */
export interface ReceptionFigures {
  year: number;
  byLeader: Array<{
    leaderId: string;
    code: string;
    name: string;
    months: Array<{ month: string; batches: number; persons: number }>;
    total: { batches: number; persons: number };
  }>;
  byMonth: Array<{ month: string; batches: number; persons: number }>;
  total: { batches: number; persons: number };
}

export type ReceptionOutcome = 'resolved' | 'assigned' | 'transferred' | 'other';
export type DeadlineState = 'none' | 'running' | 'overdue' | 'stopped';

/** GET /units/{id}/reception-records: what happened at each reception, and its 办理时限. */
export interface ReceptionRecord {
  id: string;
  appointmentId: string;
  caseId: string;
  caseReference: string;
  caseStatus: CaseStatus;
  subjectCode: string;
  leaderId: string;
  leaderName: string;
  date: string;
  session: Session;
  slotStart: string | null;
  slotEnd: string | null;
  persons: number;
  batches: number;
  outcome: ReceptionOutcome;
  handlingDepartmentId: string | null;
  handlingDepartmentName: string | null;
  /** The deadline in force: rolled to the next working day when the counted one is a rest day. */
  dueDate: string | null;
  /** The last day as counted (60 days, 90 extended). */
  nominalDueDate: string | null;
  dueDateRolled: boolean;
  originalDueDate: string | null;
  extended: boolean;
  extensionReason: string | null;
  deadline: DeadlineState;
  daysLeft: number | null;
  note: string | null;
  recordedAt: string;
}

export interface ReceptionRecordPage {
  total: number;
  items: ReceptionRecord[];
}

export type SolveJobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** A roster solve run as a job (GET /solve-jobs/{id}). */
export interface SolveJob {
  id: string;
  kind: 'generate' | 'resolve' | 'amend';
  unitId: string;
  month: string;
  status: SolveJobStatus;
  queuePosition: number | null;
  attempt: number;
  rosterId: string | null;
  requestedBy: string;
  progress: {
    phase: string;
    seconds: number;
    objective: number | null;
    bound: number | null;
    gap: number | null;
    improvements: number;
    limitSeconds?: number;
  } | null;
  best: { objective: number; duties: unknown[] } | null;
  cancelRequested: boolean;
  keptBest: boolean;
  failure: {
    status: number;
    code: string;
    message: string;
    details?: { diagnosis?: Diagnosis[] };
  } | null;
  revision: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Only in the answer to a stop (DELETE). */
  message?: string;
}

export type RequestKind = 'leave' | 'swap';
export type LeaveReason = 'meeting' | 'trip' | 'official' | 'other';
export type RequestStatus =
  'requested' | 'accepted' | 'approved' | 'refused' | 'declined' | 'withdrawn' | 'expired';

/** A leader's leave (请假) or swap (换班) request on a published duty. */
export interface DutyRequest {
  id: string;
  rosterId: string;
  kind: RequestKind;
  status: RequestStatus;
  statusName: string;
  assignmentId: string;
  leaderId: string;
  leaderName: string;
  date: string;
  session: Duty;
  otherAssignmentId: string | null;
  otherLeaderId: string | null;
  otherLeaderName: string | null;
  otherDate: string | null;
  otherSession: Duty | null;
  reasonKind: LeaveReason;
  reasonName: string;
  reasonText: string;
  substituteLeaderId: string | null;
  substituteName: string | null;
  publishedVersion: number | null;
  requestedByName: string;
}

/** The appointments booked on a duty: which stay with a new leader, where the others could go. */
export interface AppointmentImpact {
  stay: Array<{ caseCode: string }>;
  move: Array<{
    caseCode: string;
    receiveBefore: string | null;
    next: { date: string; session: Duty; leaderId: string; leaderName: string } | null;
  }>;
}

export interface SubstituteOption {
  leaderId: string;
  name: string;
  penalty: number;
  status: string;
  consequences: Finding[];
  appointments: AppointmentImpact;
}

export interface UnconfirmedDuty {
  assignmentId: string;
  rosterId: string;
  date: string;
  session: Duty;
  leaderId: string;
  leaderName: string;
}
