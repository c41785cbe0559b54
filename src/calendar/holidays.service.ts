import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, type DataSource, In, type Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AppError } from '../common/app-error.js';
import { yearsBetween } from './dates.js';
import type { StatutoryEntry } from './day-view.js';
import {
  holidaysNotConfirmed,
  parseYearImport,
  type NamedDate,
  type YearArrangement,
} from './holiday-import.js';
import { PACKAGE_SOURCE, packageArrangement } from './holiday-package.js';
import { CalendarYear, StatutoryDay } from './statutory-day.entity.js';

export interface YearSummary {
  year: number;
  source: string;
  confirmedAt: Date;
  confirmedBy: string | null;
  holidays: number;
  makeupWorkdays: number;
}

export interface YearDetail extends Omit<YearSummary, 'holidays' | 'makeupWorkdays'> {
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
}

/** The national holiday arrangement per confirmed year; the only source of truth at request time. */
@Injectable()
export class HolidaysService {
  constructor(
    @InjectRepository(CalendarYear) private readonly years: Repository<CalendarYear>,
    @InjectRepository(StatutoryDay) private readonly days: Repository<StatutoryDay>,
    @InjectDataSource() private readonly db: DataSource,
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
    return years.map((y) => ({
      year: y.year,
      source: y.source,
      confirmedAt: y.confirmedAt,
      confirmedBy: y.confirmedBy,
      holidays: count(y.year, 'holiday'),
      makeupWorkdays: count(y.year, 'makeup_workday'),
    }));
  }

  async getYear(year: number): Promise<YearDetail> {
    const row = await this.years.findOne({ where: { year } });
    if (!row) throw holidaysNotConfirmed(year, 'year');
    const days = await this.days.find({ where: { year }, order: { date: 'ASC' } });
    const pick = (kind: StatutoryDay['kind']) =>
      days.filter((d) => d.kind === kind).map(({ date, name }) => ({ date, name }));
    return {
      year,
      source: row.source,
      confirmedAt: row.confirmedAt,
      confirmedBy: row.confirmedBy,
      holidays: pick('holiday'),
      makeupWorkdays: pick('makeup_workday'),
    };
  }

  /** Confirms (or replaces) a year's arrangement, all or nothing. */
  async importYear(user: AuthUser, year: number, body: unknown): Promise<YearDetail> {
    const input = parseYearImport(year, body);
    let arrangement: YearArrangement;
    let source: string;
    if (input.kind === 'package') {
      const known = packageArrangement(year);
      if (!known) {
        throw new AppError(
          422,
          'PACKAGE_HAS_NO_YEAR',
          `节假日数据包（${PACKAGE_SOURCE}）尚无 ${year} 年的安排，请按国务院办公厅通知手工导入`,
          'fromPackage',
        );
      }
      arrangement = known;
      source = PACKAGE_SOURCE;
    } else {
      arrangement = input.arrangement;
      source = input.kind;
    }
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

  /**
   * The arranged dates between `from` and `to`; throws HOLIDAYS_NOT_CONFIRMED (422) naming the
   * first year of the range nobody has confirmed.
   */
  async arrangedDates(
    from: string,
    to: string,
    field = 'month',
  ): Promise<Map<string, StatutoryEntry>> {
    const wanted = yearsBetween(from, to);
    const confirmed = new Set(
      (await this.years.find({ where: { year: In(wanted) }, select: { year: true } })).map(
        (y) => y.year,
      ),
    );
    const missing = wanted.find((y) => !confirmed.has(y));
    if (missing !== undefined) throw holidaysNotConfirmed(missing, field);
    const rows = await this.days.find({ where: { date: Between(from, to) } });
    return new Map(rows.map((r) => [r.date, { kind: r.kind, name: r.name }]));
  }
}
