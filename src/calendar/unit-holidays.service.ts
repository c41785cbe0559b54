import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type AuthUser, canAccessUnit } from '../auth/index.js';
import { AppError, forbidden } from '../common/app-error.js';
import type { NamedDate } from './holiday-import.js';
import { packageArrangement } from './holiday-package.js';
import { HolidaysService } from './holidays.service.js';
import { CalendarYear } from './statutory-day.entity.js';
import { UnitCalendarYear } from './unit-calendar-year.entity.js';

/** A year as a unit's office sees it: who confirmed it, nationally or for the unit. */
export interface UnitYearState {
  year: number;
  /** national: an administrator confirmed it; unit: this unit's office did; none: nobody. */
  confirmedBy: 'national' | 'unit' | 'none';
  source: string | null;
  confirmedAt: Date | null;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
  packageHasYear: boolean;
}

/** What confirming would store for the unit, as the national preview says it (no rosters of others). */
export interface UnitYearPreview {
  year: number;
  source: string;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
  current: null | { source: string; confirmedAt: Date };
  changes: [];
  affectedRosters: [];
}

/**
 * A unit's office confirms a year's holidays for its own unit while no administrator has
 * confirmed it nationally (pasting the State Council's notice), so the month can be planned. Once
 * the national year exists it wins and the unit can no longer confirm its own.
 */
@Injectable()
export class UnitHolidaysService {
  constructor(
    private readonly holidays: HolidaysService,
    @InjectRepository(UnitCalendarYear) private readonly rows: Repository<UnitCalendarYear>,
    @InjectRepository(CalendarYear) private readonly national: Repository<CalendarYear>,
  ) {}

  async state(user: AuthUser, unitId: string, year: number): Promise<UnitYearState> {
    this.assertUnit(user, unitId);
    const packageHasYear = this.packageHasYear(year);
    if (await this.national.exists({ where: { year } })) {
      const detail = await this.holidays.getYear(year);
      return { ...detail, year, confirmedBy: 'national', packageHasYear };
    }
    const own = await this.rows.findOne({ where: { unitId, year } });
    return {
      year,
      confirmedBy: own ? 'unit' : 'none',
      source: own?.source ?? null,
      confirmedAt: own?.confirmedAt ?? null,
      holidays: own?.holidays ?? [],
      makeupWorkdays: own?.makeupWorkdays ?? [],
      packageHasYear,
    };
  }

  async preview(
    user: AuthUser,
    unitId: string,
    year: number,
    body: unknown,
  ): Promise<UnitYearPreview> {
    this.assertUnit(user, unitId);
    await this.assertNoNationalYear(year);
    const { arrangement, source } = this.holidays.resolve(year, body);
    const own = await this.rows.findOne({ where: { unitId, year } });
    return {
      year,
      source,
      ...arrangement,
      current: own ? { source: own.source, confirmedAt: own.confirmedAt } : null,
      changes: [],
      affectedRosters: [],
    };
  }

  async confirm(
    user: AuthUser,
    unitId: string,
    year: number,
    body: unknown,
  ): Promise<UnitYearState> {
    this.assertUnit(user, unitId);
    await this.assertNoNationalYear(year);
    const { arrangement, source } = this.holidays.resolve(year, body);
    // Replaces the unit's earlier confirmation of the year, all or nothing.
    await this.rows.manager.transaction(async (tx) => {
      await tx.delete(UnitCalendarYear, { unitId, year });
      await tx.insert(UnitCalendarYear, {
        unitId,
        year,
        source,
        ...arrangement,
        confirmedBy: user.id,
      });
    });
    return this.state(user, unitId, year);
  }

  private packageHasYear(year: number): boolean {
    return packageArrangement(year) !== null;
  }

  private assertUnit(user: AuthUser, unitId: string): void {
    if (!canAccessUnit(user, unitId)) throw forbidden('无权访问其他单位的数据');
  }

  private async assertNoNationalYear(year: number): Promise<void> {
    if (await this.national.exists({ where: { year } })) {
      throw new AppError('HOLIDAYS_CONFIRMED_NATIONALLY', { year }, { field: 'year' });
    }
  }
}
