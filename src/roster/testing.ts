/** Fixtures for specs of the problem builder and its wording, without a database. */
import type { CalendarDay, PeriodSummary } from '../calendar/index.js';
import type { RosterLeaderInput } from './problem-builder.js';

/** A calendar day: a workday or a weekend day, in the given special periods. */
export const calendarDay = (
  date: string,
  working: boolean,
  periods: PeriodSummary[] = [],
): CalendarDay => ({
  date,
  weekday: new Date(`${date}T00:00:00Z`).getUTCDay() || 7,
  kind: working ? 'workday' : 'weekend',
  working,
  periods,
});

/** A 副市长 in office all year: one or two sessions a month, no quarterly rule, nothing carried. */
export const rosterLeader = (
  id: string,
  over: Partial<RosterLeaderInput> = {},
): RosterLeaderInput => ({
  id,
  name: id,
  pool: 'party_government',
  rank: 'vice_mayor',
  activeFrom: '2026-01-01',
  activeTo: null,
  minPerMonth: 1,
  maxPerMonth: 2,
  minPerQuarter: null,
  maxPerQuarter: null,
  carried: 0,
  ...over,
});
