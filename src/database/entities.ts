import {
  Appointment,
  CasePetitioner,
  PriorityCase,
  ReceptionRecord,
  WalkInPetitioner,
  WalkInReception,
} from '../appointments/index.js';
import { DutyAttendance } from '../attendance/index.js';
import { AuditLog, LoginAttempt, User } from '../auth/index.js';
import {
  CalendarOverride,
  CalendarYear,
  SpecialPeriod,
  StatutoryDay,
  UnitCalendarYear,
} from '../calendar/index.js';
import { FeedRevision, FeedToken, FeedValidator } from '../feeds/index.js';
import { Notification, NotificationDelivery, NotifySettings } from '../notify/index.js';
import { DutyRequest } from '../duty-requests/index.js';
import { Department, Leader, Subject, SubjectAlias, Unit } from '../org/index.js';
import {
  LeaderAvailability,
  Roster,
  RosterAssignment,
  RosterChange,
  RosterReservation,
  RosterVersion,
} from '../roster/index.js';
import { SolveJob } from '../solve-jobs/index.js';

/** Every entity of the service; the migrations must produce exactly this schema. */
export const ENTITIES = [
  Unit,
  Leader,
  Department,
  Subject,
  SubjectAlias,
  User,
  AuditLog,
  LoginAttempt,
  CalendarYear,
  StatutoryDay,
  UnitCalendarYear,
  CalendarOverride,
  SpecialPeriod,
  LeaderAvailability,
  Roster,
  RosterAssignment,
  RosterVersion,
  RosterChange,
  RosterReservation,
  SolveJob,
  FeedToken,
  FeedRevision,
  FeedValidator,
  Notification,
  NotificationDelivery,
  NotifySettings,
  PriorityCase,
  CasePetitioner,
  Appointment,
  ReceptionRecord,
  DutyAttendance,
  WalkInReception,
  WalkInPetitioner,
  DutyRequest,
];
