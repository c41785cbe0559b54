import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/index.js';
import { addDays } from '../common/dates.js';
import { LeadersService, UnitsService } from '../org/index.js';
import { Clock } from '../common/clock.js';
import { ConfirmationsService } from '../roster/index.js';
import type { DutyPlanContext } from './duty-planning.js';
import { NotifyExtensions, sessionCasesKey, type SessionCases } from './notify-extensions.js';
import { NotifySettingsService } from './notify-settings.service.js';

/** Loads what planning reads (unit, leaders, settings, calendar), so planning stays pure. */
@Injectable()
export class PlanContextLoader {
  constructor(
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly calendar: CalendarService,
    private readonly settings: NotifySettingsService,
    private readonly clock: Clock,
    private readonly extensions: NotifyExtensions,
    private readonly confirmations: ConfirmationsService,
  ) {}

  async load(
    unitId: string,
    dates: readonly string[],
    tx?: EntityManager,
  ): Promise<DutyPlanContext> {
    const [unit, leaders, settings] = await Promise.all([
      this.units.byId(unitId),
      this.leaders.forUnit(unitId),
      this.settings.forUnit(unitId, tx),
    ]);
    const reader = this.extensions.sessionCases;
    let cases: Map<string, SessionCases> | undefined;
    if (reader) {
      cases = new Map();
      if (dates.length) {
        const sorted = [...dates].sort();
        for (const s of await reader(unitId, sorted[0], sorted.at(-1)!, tx)) {
          cases.set(sessionCasesKey(s), s);
        }
      }
    }
    const working = new Map<string, boolean>();
    const lastWorkingBefore = new Map<string, string | null>();
    if (dates.length) {
      const sorted = [...dates].sort();
      // One calendar read covers every duty date and the month before the first one.
      const days = await this.calendar.days(unitId, addDays(sorted[0], -31), sorted.at(-1)!);
      let last: string | null = null;
      const wanted = new Set(dates);
      for (const day of days) {
        if (wanted.has(day.date)) {
          working.set(day.date, day.working);
          lastWorkingBefore.set(day.date, last);
        }
        if (day.working) last = day.date;
      }
    }
    return {
      unit,
      leaders: new Map(leaders.map((l) => [l.id, l])),
      settings,
      working,
      lastWorkingBefore,
      now: this.clock.now(),
      cases,
      confirmLink: (duty) => this.confirmations.link(unit, duty),
    };
  }
}
