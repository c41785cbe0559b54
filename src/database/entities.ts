import { Appointment } from '../appointments/appointment.entity.js';
import { CasePetitioner } from '../appointments/case-petitioner.entity.js';
import { PriorityCase } from '../appointments/priority-case.entity.js';
import { ReceptionRecord } from '../appointments/reception-record.entity.js';
import { DutyAttendance } from '../attendance/attendance.entity.js';
import { WalkInPetitioner } from '../appointments/walk-ins/walk-in-petitioner.entity.js';
import { WalkInReception } from '../appointments/walk-ins/walk-in.entity.js';
import { AuditLog } from '../auth/audit-log.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { User } from '../auth/user.entity.js';
import { CalendarOverride } from '../calendar/calendar-override.entity.js';
import { SpecialPeriod } from '../calendar/special-period.entity.js';
import { CalendarYear, StatutoryDay } from '../calendar/statutory-day.entity.js';
import { UnitCalendarYear } from '../calendar/unit-calendar-year.entity.js';
import { FeedRevision } from '../feeds/feed-revision.entity.js';
import { FeedToken } from '../feeds/feed-token.entity.js';
import { FeedValidator } from '../feeds/feed-validator.entity.js';
import { NotificationDelivery } from '../notify/notification-delivery.entity.js';
import { Notification } from '../notify/notification.entity.js';
import { NotifySettings } from '../notify/notify-settings.entity.js';
import { DutyRequest } from '../duty-requests/duty-request.entity.js';
import { Department } from '../org/department.entity.js';
import { Leader } from '../org/leader.entity.js';
import { Subject, SubjectAlias } from '../org/subject.entity.js';
import { Unit } from '../org/unit.entity.js';
import { LeaderAvailability } from '../roster/availability.entity.js';
import { RosterAssignment } from '../roster/roster-assignment.entity.js';
import { RosterChange } from '../roster/roster-change.entity.js';
import { RosterReservation } from '../roster/roster-reservation.entity.js';
import { SolveJob } from '../solve-jobs/solve-job.entity.js';
import { RosterVersion } from '../roster/roster-version.entity.js';
import { Roster } from '../roster/roster.entity.js';

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
