import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/index.js';
import { addDays } from '../common/dates.js';
import { AppError } from '../common/app-error.js';
import { UnitsService } from '../org/index.js';

/** 条例 第34条: handled within 60 days, extendable once by at most 30. */
export const HANDLING_DAYS = 60;
export const EXTENSION_DAYS = 30;

/** Longest run of rest days looked through (春节 with its weekends is about 9). */
const LOOK_AHEAD_DAYS = 31;

export interface HandlingDeadline {
  /** The day the clocks follow: the counted day, or the working day it rolled to. */
  dueDate: string;
  /** The last day as counted, kept and shown. */
  nominalDueDate: string;
}

/**
 * A handling deadline whose last day is a weekend or statutory holiday ends on the next working
 * day (民法典 第二百零三条), when the unit rolls deadlines (the default). Working days are the
 * unit's calendar: national holidays and 调休, then the unit's own closures.
 */
@Injectable()
export class HandlingDeadlines {
  constructor(
    private readonly calendar: CalendarService,
    private readonly units: UnitsService,
  ) {}

  async of(unitId: string, nominal: string): Promise<HandlingDeadline> {
    const unit = await this.units.byId(unitId);
    if (!unit.deadlineRollsToWorkingDay) return { dueDate: nominal, nominalDueDate: nominal };
    return { dueDate: await this.nextWorkingDay(unitId, nominal), nominalDueDate: nominal };
  }

  /**
   * The first working day on or after `date`. Read a year at a time, so a deadline late in
   * December rolls within its own year even when the next one is not confirmed. A year whose
   * holidays nobody has confirmed cannot be known: the counted day stands (never later than the
   * law allows), rather than a guess.
   */
  private async nextWorkingDay(unitId: string, date: string): Promise<string> {
    const last = addDays(date, LOOK_AHEAD_DAYS);
    let from = date;
    while (from <= last) {
      const yearEnd = `${from.slice(0, 4)}-12-31`;
      const to = yearEnd < last ? yearEnd : last;
      let days;
      try {
        days = await this.calendar.days(unitId, from, to);
      } catch (err) {
        if (err instanceof AppError && err.code === 'HOLIDAYS_NOT_CONFIRMED') return date;
        throw err;
      }
      const working = days.find((d) => d.working);
      if (working) return working.date;
      from = addDays(to, 1);
    }
    return date;
  }
}
