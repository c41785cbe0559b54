import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, type DataSource, In, type Repository } from 'typeorm';
import { AuthService, type AuthUser } from '../auth/index.js';
import { AppError } from '../common/app-error.js';
import { yearOf, yearsBetween } from '../common/dates.js';
import type { StatutoryEntry } from './day-view.js';
import {
  holidaysNotConfirmed,
  parseYearImport,
  type NamedDate,
  type YearArrangement,
} from './holiday-import.js';
import { PACKAGE_SOURCE, packageArrangement } from './holiday-package.js';
import { RosterTally, type AffectedRoster } from './roster-tally.js';
import { CalendarYear, StatutoryDay } from './statutory-day.entity.js';
import { UnitCalendarYear } from './unit-calendar-year.entity.js';
import { chinaDate } from '../common/clock.js';

export interface YearSummary {
  year: number;
  source: string;
  confirmedAt: Date;
  confirmedBy: string | null;
  /** Display name of the administrator who confirmed it; null for years seeded by migration. */
  confirmedByName: string | null;
  holidays: number;
  makeupWorkdays: number;
}

export interface YearDetail extends Omit<YearSummary, 'holidays' | 'makeupWorkdays'> {
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
}

/** A year as the 节假日安排 page shows it: confirmed or not, and what confirming it would touch. */
export interface YearState {
  year: number;
  confirmed: boolean;
  source: string | null;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  confirmedByName: string | null;
  holidays: number;
  makeupWorkdays: number;
  /** Whether the bundled package has an arrangement for the year ({fromPackage: true} works). */
  packageHasYear: boolean;
  /** Rosters of the year's months, all units; re-confirming does not touch them by itself. */
  rosters: number;
  publishedRosters: number;
}

export interface HolidayStatus {
  /** Today in China, which decides the current year. */
  today: string;
  currentYear: number;
  packageSource: string;
  /** Every confirmed year plus the current and the next one, in order. */
  years: YearState[];
}

/** A date whose national classification confirming would change (null: an ordinary day). */
export interface ArrangementChange {
  date: string;
  before: StatutoryEntry | null;
  after: StatutoryEntry | null;
}

/** A roster in a month with changed dates, and how many of its duties fall on them. */
/** What PUT /calendar/years/{year} would store, without storing it. */
export interface YearPreview {
  year: number;
  source: string;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
  /** The arrangement it would replace; null when the year is not confirmed yet. */
  current: YearSummary | null;
  changes: ArrangementChange[];
  affectedRosters: AffectedRoster[];
}

/** The national holiday arrangement per confirmed year; the only source of truth at request time. */
@Injectable()
export class HolidaysService {
  constructor(
    @InjectRepository(CalendarYear) private readonly years: Repository<CalendarYear>,
    @InjectRepository(StatutoryDay) private readonly days: Repository<StatutoryDay>,
    @InjectRepository(UnitCalendarYear) private readonly unitYears: Repository<UnitCalendarYear>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly rosters: RosterTally,
    private readonly auth: AuthService,
  ) {}

  async listYears(): Promise<YearSummary[]> {
    const years = await this.years.find({ order: { year: 'ASC' } });
    const counts: Array<{ year: number; kind: string; n: number }> = await this.days
      .createQueryBuilder('d')
      .select('d.year', 'year')
      .addSelect('d.kind', 'kind')
      .addSelect('count(*)::int', 'n')
      .groupBy('d.year')
      .addGroupBy('d.kind')
      .getRawMany();
    const count = (year: number, kind: string) =>
      counts.find((c) => c.year === year && c.kind === kind)?.n ?? 0;
    const names = await this.auth.displayNames(years.map((y) => y.confirmedBy));
    return years.map((y) => ({
      year: y.year,
      source: y.source,
      confirmedAt: y.confirmedAt,
      confirmedBy: y.confirmedBy,
      confirmedByName: (y.confirmedBy && names.get(y.confirmedBy)) ?? null,
      holidays: count(y.year, 'holiday'),
      makeupWorkdays: count(y.year, 'makeup_workday'),
    }));
  }

  /** The confirmed years plus the current and next year in China, with their rosters. */
  async status(now = new Date()): Promise<HolidayStatus> {
    const today = chinaDate(now);
    const currentYear = yearOf(today);
    const confirmed = await this.listYears();
    const rosters = await this.rosters.perYear();
    const wanted = new Set([...confirmed.map((y) => y.year), currentYear, currentYear + 1]);
    const years = [...wanted]
      .sort((a, b) => a - b)
      .map((year): YearState => {
        const c = confirmed.find((y) => y.year === year);
        const r = rosters.find((x) => x.year === year);
        return {
          year,
          confirmed: !!c,
          source: c?.source ?? null,
          confirmedAt: c?.confirmedAt ?? null,
          confirmedBy: c?.confirmedBy ?? null,
          confirmedByName: c?.confirmedByName ?? null,
          holidays: c?.holidays ?? 0,
          makeupWorkdays: c?.makeupWorkdays ?? 0,
          packageHasYear: packageArrangement(year) !== null,
          rosters: r?.rosters ?? 0,
          publishedRosters: r?.published ?? 0,
        };
      });
    return { today, currentYear, packageSource: PACKAGE_SOURCE, years };
  }

  async getYear(year: number): Promise<YearDetail> {
    const row = await this.years.findOne({ where: { year } });
    if (!row) throw holidaysNotConfirmed(year, 'year');
    const days = await this.days.find({ where: { year }, order: { date: 'ASC' } });
    const pick = (kind: StatutoryDay['kind']) =>
      days.filter((d) => d.kind === kind).map(({ date, name }) => ({ date, name }));
    const names = await this.auth.displayNames([row.confirmedBy]);
    return {
      year,
      source: row.source,
      confirmedAt: row.confirmedAt,
      confirmedBy: row.confirmedBy,
      confirmedByName: (row.confirmedBy && names.get(row.confirmedBy)) ?? null,
      holidays: pick('holiday'),
      makeupWorkdays: pick('makeup_workday'),
    };
  }

  /**
   * What confirming `body` for `year` would store, the dates it would change and the rosters with
   * duties on them; writes nothing. Rejects exactly what PUT would reject.
   */
  async previewYear(year: number, body: unknown): Promise<YearPreview> {
    const { arrangement, source } = this.resolve(year, body);
    const current = (await this.listYears()).find((y) => y.year === year) ?? null;
    const before = new Map(
      (await this.days.find({ where: { year } })).map((d) => [
        d.date,
        { kind: d.kind, name: d.name },
      ]),
    );
    const after = new Map<string, StatutoryEntry>([
      ...arrangement.holidays.map((d) => [d.date, { kind: 'holiday', name: d.name }] as const),
      ...arrangement.makeupWorkdays.map(
        (d) => [d.date, { kind: 'makeup_workday', name: d.name }] as const,
      ),
    ]);
    const same = (a?: StatutoryEntry, b?: StatutoryEntry) =>
      a?.kind === b?.kind && a?.name === b?.name;
    const changes = [...new Set([...before.keys(), ...after.keys()])]
      .sort()
      .filter((date) => !same(before.get(date), after.get(date)))
      .map((date) => ({ date, before: before.get(date) ?? null, after: after.get(date) ?? null }));
    return {
      year,
      source,
      ...arrangement,
      current,
      changes,
      affectedRosters: await this.rosters.onDates(changes.map((c) => c.date)),
    };
  }

  /** Confirms (or replaces) a year's arrangement, all or nothing. */
  async importYear(user: AuthUser, year: number, body: unknown): Promise<YearDetail> {
    const { arrangement, source } = this.resolve(year, body);
    await this.db.transaction(async (tx) => {
      // Serialises two administrators importing the same year at once.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [year]);
      await tx.getRepository(CalendarYear).delete({ year });
      await tx.getRepository(CalendarYear).insert({ year, source, confirmedBy: user.id });
      await tx.getRepository(StatutoryDay).insert([
        ...arrangement.holidays.map((d) => ({ ...d, year, kind: 'holiday' as const })),
        ...arrangement.makeupWorkdays.map((d) => ({
          ...d,
          year,
          kind: 'makeup_workday' as const,
        })),
      ]);
    });
    return this.getYear(year);
  }

  /** The arrangement a PUT body stands for and the source it would be stored under. */
  resolve(year: number, body: unknown): { arrangement: YearArrangement; source: string } {
    const input = parseYearImport(year, body);
    if (input.kind !== 'package') return { arrangement: input.arrangement, source: input.kind };
    const known = packageArrangement(year);
    if (!known) {
      throw new AppError(
        'PACKAGE_HAS_NO_YEAR',
        { source: PACKAGE_SOURCE, year },
        { field: 'fromPackage' },
      );
    }
    return { arrangement: known, source: PACKAGE_SOURCE };
  }

  /**
   * Rosters (any unit) of the months holding `dates`, with their duties on those dates. Read in
   * SQL because the roster module depends on this one, not the other way round.
   */
  /**
   * The arranged dates between `from` and `to`; throws HOLIDAYS_NOT_CONFIRMED (422) naming the
   * first year of the range nobody has confirmed. With `unitId`, a year no administrator has
   * confirmed may come from the unit's own confirmation (unit_calendar_year).
   */
  async arrangedDates(
    from: string,
    to: string,
    field = 'month',
    unitId?: string,
  ): Promise<Map<string, StatutoryEntry>> {
    const wanted = yearsBetween(from, to);
    const confirmed = new Set(
      (await this.years.find({ where: { year: In(wanted) }, select: { year: true } })).map(
        (y) => y.year,
      ),
    );
    const unconfirmed = wanted.filter((y) => !confirmed.has(y));
    const ownYears =
      unitId && unconfirmed.length ? await this.unitYearsOf(unitId, unconfirmed) : [];
    const missing = unconfirmed.find((y) => !ownYears.some((o) => o.year === y));
    if (missing !== undefined) throw holidaysNotConfirmed(missing, field);
    const rows = await this.days.find({ where: { date: Between(from, to) } });
    const map = new Map(rows.map((r) => [r.date, { kind: r.kind, name: r.name }]));
    for (const own of ownYears) {
      for (const d of own.holidays) map.set(d.date, { kind: 'holiday', name: d.name });
      for (const d of own.makeupWorkdays) map.set(d.date, { kind: 'makeup_workday', name: d.name });
    }
    for (const date of [...map.keys()]) if (date < from || date > to) map.delete(date);
    return map;
  }

  /** The unit's own confirmations of `years` (only meaningful where the nation has none). */
  unitYearsOf(unitId: string, years: number[]): Promise<UnitCalendarYear[]> {
    return this.unitYears.find({ where: { unitId, year: In(years) } });
  }

  /** Years a unit can plan: confirmed nationally or, where not, by its own office. */
  async plannableYears(unitId?: string): Promise<Set<number>> {
    const national = (await this.years.find({ select: { year: true } })).map((y) => y.year);
    const own = unitId
      ? (await this.unitYears.find({ where: { unitId }, select: { year: true } })).map(
          (y) => y.year,
        )
      : [];
    return new Set([...national, ...own]);
  }
}
