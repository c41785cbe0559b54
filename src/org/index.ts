/**
 * org: units, leaders, departments and the subject taxonomy. Others read them through the
 * services (for another module, without a caller's scope: UnitsService.byId, LeadersService.forUnit
 * …), reuse the session hours and venue rules, and react to deactivations through OrgHooks.
 */
export { Department } from './department.entity.js';
export { DepartmentsService } from './departments.service.js';
export {
  Leader,
  LEADER_RANKS,
  type LeaderRank,
  ROTATION_POOL_NAMES,
  ROTATION_POOLS,
  type RotationPool,
} from './leader.entity.js';
export { LeadersService } from './leaders.service.js';
export { OrgHooks } from './org-hooks.js';
export { OrgModule } from './org.module.js';
export { dutyHours, sessionHours } from './session-hours.js';
export { Subject, SubjectAlias } from './subject.entity.js';
export { SubjectsService, type SubjectView } from './subjects.service.js';
export {
  DEFAULT_ROSTER_RULES,
  type SessionTemplate,
  Unit,
  UNIT_LEVELS,
  type UnitLevel,
} from './unit.entity.js';
export { UnitsService } from './units.service.js';
export { isPublicLeader, venueOf } from './venue.js';
