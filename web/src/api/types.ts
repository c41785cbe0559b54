/**
 * The service's JSON answers under the names the page uses. The shapes are generated from the
 * service's OpenAPI document (schema.d.ts, `npm run api:types`); a unit spec fails when they drift.
 */
import type { components } from './schema.js';

type Wire = components['schemas'];

export type Me = Wire['Me'];
export type Role = Me['role'];
export type Unit = Wire['Unit'];
export type RosterRules = Wire['RosterRules'];
export type Session = Unit['sessionTemplates'][number]['code'];
/** A reception session, or the 24-hour on-call duty (值班) of a special-period day. */
export type Duty = Wire['Assignment']['session'];

export type Leader = Wire['Leader'];
export type RotationPool = Leader['rotationPool'];
export type LeaderRank = Leader['rank'];
export type Subject = Wire['Subject'];
export type Department = Wire['Department'];

export type PeriodSummary = Wire['PeriodSummary'];
export type CalendarDay = Wire['CalendarDay'];
export type SpecialPeriod = Wire['SpecialPeriod'];
export type NamedDate = Wire['NamedDate'];
export type HolidayStatus = Wire['HolidayStatus'];
export type YearState = Wire['YearState'];
export type YearSummary = Wire['YearSummary'];
export type YearDetail = Wire['YearDetail'];
export type YearPreview = Wire['YearPreview'];
export type UnitYearPreview = Wire['UnitYearPreview'];
export type UnitYearState = Wire['UnitYearState'];
export type AffectedRoster = Wire['AffectedRoster'];
export type ArrangementChange = Wire['ArrangementChange'];

export type Finding = Wire['Finding'];
export type Assignment = Wire['Assignment'];
export type Roster = Wire['Roster'];
export type EditedRoster = Wire['EditedRoster'];
export type RosterStatus = Roster['status'];
export type RosterSummary = Wire['RosterSummary'];
export type DutyChange = Wire['DutyChange'];
export type RosterVersion = Wire['RosterVersion'];
export type RosterDiff = Wire['RosterDiff'];
export type RosterYear = Wire['RosterYear'];
export type RosterStats = Wire['RosterStats'];
export type LeaderFigures = Wire['LeaderFigures'];
export type MonthFigures = Wire['MonthFigures'];
export type DutySubstitutes = Wire['DutySubstitutes'];
export type DutyConsequences = Wire['DutyConsequences'];
export type SubstituteOption = Wire['SubstituteOption'];
export type AppointmentImpact = Wire['AppointmentImpact'];
export type UnconfirmedDuties = Wire['UnconfirmedDuties'];
export type UnconfirmedDuty = Wire['UnconfirmedDuty'];

export type Availability = Wire['Availability'];
export type AvailabilityKind = Availability['kind'];
export type UnavailableReason = NonNullable<Availability['reason']>;

export type SolveJob = Wire['SolveJob'];
export type SolveJobStatus = SolveJob['status'];
export type SolveJobQueues = Wire['SolveJobQueues'];
export type StoppedSolveJob = Wire['StoppedSolveJob'];

export type DutyRequest = Wire['DutyRequest'];
export type RequestKind = DutyRequest['kind'];
export type RequestStatus = DutyRequest['status'];
export type LeaveReason = DutyRequest['reasonKind'];

export type DutyRecord = Wire['DutyRecord'];
export type AttendanceCounts = Wire['AttendanceCounts'];
export type AttendanceFigures = Wire['AttendanceFigures'];
export type HallFigures = Wire['HallFigures'];
export type HallYear = Wire['HallYear'];

export type PriorityCase = Wire['PriorityCase'];
export type CaseStatus = PriorityCase['status'];
export type CaseRouting = PriorityCase['routing'];
export type RiskLevel = PriorityCase['risk'];
export type UnmatchedReason = NonNullable<PriorityCase['matchNote']>['reason'];
export type PetitionerView = Wire['PetitionerView'];
export type CaseFlags = Wire['CaseFlags'];
export type CasePage = Wire['CasePage'];
export type CaseUpdateResult = Wire['CaseUpdateResult'];
export type CasesCreated = Wire['CasesCreated'];
export type Appointment = Wire['Appointment'];
export type AppointmentStatus = Appointment['status'];
export type MatchOutcome = Wire['MatchOutcome'];
export type ReceptionRecord = Wire['ReceptionRecord'];
export type ReceptionRecordPage = Wire['ReceptionRecordPage'];
export type ReceptionRecordSaved = Wire['ReceptionRecordSaved'];
export type ReceptionOutcome = ReceptionRecord['outcome'];
export type DeadlineState = ReceptionRecord['deadline'];
export type ReceptionFigures = Wire['ReceptionFigures'];
export type WalkIn = Wire['WalkIn'];
export type WalkInPage = Wire['WalkInPage'];
export type Briefing = Wire['Briefing'];

export type FeedLink = Wire['FeedLink'];
export type FeedSummary = Wire['FeedSummary'];
export type FeedScope = FeedLink['scope'];

export type NotificationView = Wire['NotificationView'];
export type NotificationPage = Wire['NotificationPage'];
export type NotificationDetail = Wire['NotificationDetail'];
export type MyNotification = Wire['MyNotification'];
export type NotificationStatus = NotificationView['status'];
export type ChannelKind = NotificationView['channel'];
export type NotificationRule = NotificationView['rule'];

export type LoginResult = Wire['LoginResult'];

/*
 * Error bodies: the document describes successful answers only. These travel in an error's
 * details (ApiError.body) and are read where the page handles that error.
 */

/** One row problem of a case upload or submission (422 INVALID_ROWS). */
export interface RowError {
  row: number | null;
  column: string | null;
  message: string;
}

/** Why a month has no roster (a failed solve's details.diagnosis). */
export interface Diagnosis {
  code: string;
  message: string;
  date?: string;
  shift?: string;
  personId?: string;
}
