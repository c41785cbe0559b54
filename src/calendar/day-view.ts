import { datesBetween, isoWeekday, isWeekend } from '../common/dates.js';
import type { OverrideKind } from './calendar-override.entity.js';
import type { Coverage, SessionCode } from './special-period.entity.js';
import type { StatutoryDayKind } from './statutory-day.entity.js';

export type DayKind = 'workday' | 'weekend' | StatutoryDayKind;

/** A special period as seen from one date of it. */
export interface PeriodSummary {
  id: string;
  name: string;
  coverage: Coverage;
  /** True when this date needs reception cover under the period's rules. */
  needsReception: boolean;
  sessionCodes: SessionCode[];
  leadersPerSession: number;
  onCallLeader: boolean;
}

export interface CalendarDay {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The national classification of the date. */
  kind: DayKind;
  holidayName?: string;
  /** The unit's own exception, when there is one. */
  override?: { id: string; kind: OverrideKind; reason: string };
  /** Whether the unit works this date (national calendar, then the unit's override). */
  working: boolean;
  periods: PeriodSummary[];
}

export interface StatutoryEntry {
  kind: StatutoryDayKind;
  name: string;
}

export interface OverrideEntry {
  id: string;
  date: string;
  kind: OverrideKind;
  reason: string;
}

export interface PeriodEntry {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  coverage: Coverage;
  excludedDates: string[];
  sessionCodes: SessionCode[];
  leadersPerSession: number;
  onCallLeader: boolean;
}

/**
 * Every date from `from` to `to` with its kind for the unit. The caller guarantees the statutory
 * map is complete for every year in the range (i.e. the years are confirmed).
 */
export function buildDays(
  from: string,
  to: string,
  statutory: ReadonlyMap<string, StatutoryEntry>,
  overrides: readonly OverrideEntry[],
  periods: readonly PeriodEntry[],
): CalendarDay[] {
  const overrideByDate = new Map(overrides.map((o) => [o.date, o]));
  return datesBetween(from, to).map((date) => {
    const national = statutory.get(date);
    const kind: DayKind = national?.kind ?? (isWeekend(date) ? 'weekend' : 'workday');
    const override = overrideByDate.get(date);
    const nationalWorking = kind === 'workday' || kind === 'makeup_workday';
    const working = override ? override.kind === 'extra_workday' : nationalWorking;
    return {
      date,
      weekday: isoWeekday(date),
      kind,
      ...(national ? { holidayName: national.name } : {}),
      ...(override
        ? { override: { id: override.id, kind: override.kind, reason: override.reason } }
        : {}),
      working,
      periods: periods
        .filter((p) => p.startDate <= date && date <= p.endDate)
        .map((p) => ({
          id: p.id,
          name: p.name,
          coverage: p.coverage,
          needsReception:
            !p.excludedDates.includes(date) && (p.coverage === 'every_day' || working),
          sessionCodes: p.sessionCodes,
          leadersPerSession: p.leadersPerSession,
          onCallLeader: p.onCallLeader,
        })),
    };
  });
}
