/**
 * calendar: working days (statutory holidays, 调休, each unit's overrides and confirmed years) and
 * special periods (特护期). Others read days through CalendarService and periods through
 * SpecialPeriodsService; roster fills the RosterTally port so calendar can name the rosters a
 * change affects without reading roster's tables.
 */
export { CalendarOverride } from './calendar-override.entity.js';
export { CalendarModule } from './calendar.module.js';
export { CalendarService } from './calendar.service.js';
export type { CalendarDay, PeriodSummary } from './day-view.js';
export { packageArrangement } from './holiday-package.js';
export { type AffectedRoster, RosterTally, type RosterTallyReader } from './roster-tally.js';
export { type DutyCode, type SessionCode, SpecialPeriod } from './special-period.entity.js';
export { SpecialPeriodsService } from './special-periods.service.js';
export { CalendarYear, StatutoryDay } from './statutory-day.entity.js';
export { UnitCalendarYear } from './unit-calendar-year.entity.js';
