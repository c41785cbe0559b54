/**
 * roster: rosters of a month, from availability through the solver to publication, confirmation
 * and the public record. Consumers never get imported by roster: they register on RosterHooks and
 * read duties through RostersService.
 */
export { LeaderAvailability } from './availability.entity.js';
export { AvailabilityModule } from './availability.module.js';
export { ConfirmationsService } from './confirmations.service.js';
export { DutyOptionsService } from './duty-options.service.js';
export { MonthReservations } from './month-reservations.js';
export { DUTY_NAMES } from './problem-builder.js';
export { RosterAssignment } from './roster-assignment.entity.js';
export { RosterChange } from './roster-change.entity.js';
export { safeCell } from './roster-export.service.js';
export {
  type DutyHandover,
  isReception,
  type PublishedDuty,
  type RosterHook,
  RosterHooks,
  type RosterPublishedEvent,
  type SeatAppointment,
} from './roster-hooks.js';
export { RosterReservation } from './roster-reservation.entity.js';
export { RosterVersion } from './roster-version.entity.js';
export { Roster } from './roster.entity.js';
export { RosterModule } from './roster.module.js';
export { amendSchema, createRosterSchema, solveSchema } from './roster.schemas.js';
export { type DutyMove, type RosterRun, RostersService } from './rosters.service.js';
export { dutyStart } from './session-start.js';
export type { SolveRefusal, Solved } from './solve-outcome.js';
export { dutySubstitutesResponse } from './roster.responses.js';
