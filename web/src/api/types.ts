/** Shapes of the service's JSON answers, as far as the page uses them. */

export type Role = 'admin' | 'office' | 'petition' | 'politics' | 'leader' | 'department';
export type Session = 'AM' | 'PM';

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
}

export interface RosterRules {
  normalSessions: Session[];
  normalLeadersPerSession: number;
  spacingWorkingDays: number;
}

export type RotationPool = 'party_government' | 'npc' | 'cppcc';

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
  session?: Session;
  leaderId?: string;
}

export interface Assignment {
  id: string;
  date: string;
  session: Session;
  leaderId: string;
  pinned: boolean;
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
  session: Session;
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
