import { Initial1795644094970 } from './1795644094970-Initial.js';
import { SeedSubjectTaxonomy1795644100000 } from './1795644100000-SeedSubjectTaxonomy.js';
import { CalendarAndAvailability1795644869288 } from './1795644869288-CalendarAndAvailability.js';
import { SeedStatutoryHolidays1795644900000 } from './1795644900000-SeedStatutoryHolidays.js';
import { Rosters1795645555378 } from './1795645555378-Rosters.js';
import { Notifications1795646017201 } from './1795646017201-Notifications.js';
import { Feeds1795646057430 } from './1795646057430-Feeds.js';
import { PriorityAppointments1795646035046 } from './1795646035046-PriorityAppointments.js';
import { NotificationAppointment1795655313907 } from './1795655313907-NotificationAppointment.js';
import { RosterRecord1796484377977 } from './1796484377977-RosterRecord.js';
import { RosterReservation1796484599761 } from './1796484599761-RosterReservation.js';
import { FeedValidator1796485868948 } from './1796485868948-FeedValidator.js';
import { ReceptionDeadlineRoll1796487874135 } from './1796487874135-ReceptionDeadlineRoll.js';
import { LiveDuties1796495457327 } from './1796495457327-LiveDuties.js';
import { DutyAttendance1796495478223 } from './1796495478223-DutyAttendance.js';
import { SolveJobs1796495494813 } from './1796495494813-SolveJobs.js';
import { WalkInReceptions1796495732774 } from './1796495732774-WalkInReceptions.js';
import { UnitCalendarYear1796495844021 } from './1796495844021-UnitCalendarYear.js';
import { DisciplineHandOver1796496415558 } from './1796496415558-DisciplineHandOver.js';
import { DropUnitTimezone1796509352454 } from './1796509352454-DropUnitTimezone.js';

/** Every migration in order; `npm run migration:generate` appends new ones here. */
export const MIGRATIONS = [
  Initial1795644094970,
  SeedSubjectTaxonomy1795644100000,
  CalendarAndAvailability1795644869288,
  SeedStatutoryHolidays1795644900000,
  Rosters1795645555378,
  Notifications1795646017201,
  Feeds1795646057430,
  PriorityAppointments1795646035046,
  NotificationAppointment1795655313907,
  RosterRecord1796484377977,
  RosterReservation1796484599761,
  FeedValidator1796485868948,
  ReceptionDeadlineRoll1796487874135,
  LiveDuties1796495457327,
  DutyAttendance1796495478223,
  SolveJobs1796495494813,
  WalkInReceptions1796495732774,
  UnitCalendarYear1796495844021,
  DisciplineHandOver1796496415558,
  DropUnitTimezone1796509352454,
];
