import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/index.js';
import { badRequest } from '../common/app-error.js';
import { UnitsService } from '../org/index.js';
import { CalendarOverridesService } from './calendar-overrides.service.js';
import { addDays, monthBounds } from '../common/dates.js';
import { buildDays, type CalendarDay } from './day-view.js';
import { HolidaysService } from './holidays.service.js';
import { SpecialPeriodsService } from './special-periods.service.js';

/** Longest range one call may ask for: a roster quarter plus margins. */
const MAX_RANGE_DAYS = 400;

/**
 * The unit's calendar: national arrangement, the unit's overrides and its special periods. The
 * roster module reads working days through here, never from the tables.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly holidays: HolidaysService,
    private readonly overrides: CalendarOverridesService,
    private readonly periods: SpecialPeriodsService,
    private readonly units: UnitsService,
  ) {}

  /** GET /units/{unitId}/calendar?month=: checks the caller may see the unit. */
  async monthFor(user: AuthUser, unitId: string, month: string): Promise<CalendarDay[]> {
    await this.units.get(user, unitId);
    return this.monthDays(unitId, month);
  }

  /** Every date of a month (YYYY-MM); 422 HOLIDAYS_NOT_CONFIRMED for an unconfirmed year. */
  monthDays(unitId: string, month: string): Promise<CalendarDay[]> {
    const { from, to } = monthBounds(month);
    return this.days(unitId, from, to, 'month');
  }

  /** Every date from `from` to `to` (both included; may cross months and years). */
  async days(unitId: string, from: string, to: string, field = 'from'): Promise<CalendarDay[]> {
    if (to < from) throw badRequest('to：结束日期不能早于开始日期', 'to');
    if (addDays(from, MAX_RANGE_DAYS) < to) {
      throw badRequest(`to：日期范围最多 ${MAX_RANGE_DAYS} 天`, 'to');
    }
    const [statutory, overrides, periods] = await Promise.all([
      this.holidays.arrangedDates(from, to, field, unitId),
      this.overrides.between(unitId, from, to),
      this.periods.overlapping(unitId, from, to),
    ]);
    return buildDays(from, to, statutory, overrides, periods);
  }

  /**
   * Years whose holiday arrangement is confirmed (only those can be planned): nationally, or for
   * `unitId` by its own office while no administrator has.
   */
  confirmedYears(unitId?: string): Promise<Set<number>> {
    return this.holidays.plannableYears(unitId);
  }

  /** The unit's working dates from `from` to `to`, in order (for "N working days apart" rules). */
  async workingDays(unitId: string, from: string, to: string): Promise<string[]> {
    return (await this.days(unitId, from, to)).filter((d) => d.working).map((d) => d.date);
  }

  /**
   * The last working date strictly before `date` (e.g. a deadline "the working day before the
   * 特护期"), searching back at most `lookbackDays`; null when there is none in that window.
   */
  async lastWorkingDayBefore(
    unitId: string,
    date: string,
    lookbackDays = 31,
  ): Promise<string | null> {
    const days = await this.workingDays(unitId, addDays(date, -lookbackDays), addDays(date, -1));
    return days.at(-1) ?? null;
  }

  /** The `count`-th working date after `date` (count ≥ 1), e.g. a 5-working-day spacing. */
  async addWorkingDays(unitId: string, date: string, count: number): Promise<string | null> {
    const window = Math.max(31, count * 3);
    const days = await this.workingDays(unitId, addDays(date, 1), addDays(date, window));
    return days[count - 1] ?? null;
  }
}
