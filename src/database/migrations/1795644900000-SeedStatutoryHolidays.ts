import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national holiday arrangements for 2024–2026 (国办通知), taken from chinese-days@1.5.7 and
 * written out here so this migration keeps producing the same rows whatever the package says
 * later; src/calendar/statutory-holidays.spec.ts checks that both agree today. Later years are
 * confirmed by an administrator (PUT /api/v1/calendar/years/{year}).
 */
export const SEEDED_YEARS: ReadonlyArray<{
  year: number;
  holidays: ReadonlyArray<readonly [string, string]>;
  makeupWorkdays: ReadonlyArray<readonly [string, string]>;
}> = [
  {
    year: 2024,
    holidays: [
      ['2024-01-01', '元旦'],
      ['2024-02-10', '春节'],
      ['2024-02-11', '春节'],
      ['2024-02-12', '春节'],
      ['2024-02-13', '春节'],
      ['2024-02-14', '春节'],
      ['2024-02-15', '春节'],
      ['2024-02-16', '春节'],
      ['2024-02-17', '春节'],
      ['2024-04-04', '清明'],
      ['2024-04-05', '清明'],
      ['2024-04-06', '清明'],
      ['2024-05-01', '劳动节'],
      ['2024-05-02', '劳动节'],
      ['2024-05-03', '劳动节'],
      ['2024-05-04', '劳动节'],
      ['2024-05-05', '劳动节'],
      ['2024-06-10', '端午'],
      ['2024-09-15', '中秋'],
      ['2024-09-16', '中秋'],
      ['2024-09-17', '中秋'],
      ['2024-10-01', '国庆节'],
      ['2024-10-02', '国庆节'],
      ['2024-10-03', '国庆节'],
      ['2024-10-04', '国庆节'],
      ['2024-10-05', '国庆节'],
      ['2024-10-06', '国庆节'],
      ['2024-10-07', '国庆节'],
    ],
    makeupWorkdays: [
      ['2024-02-04', '春节'],
      ['2024-02-18', '春节'],
      ['2024-04-07', '清明'],
      ['2024-04-28', '劳动节'],
      ['2024-05-11', '劳动节'],
      ['2024-09-14', '中秋'],
      ['2024-09-29', '国庆节'],
      ['2024-10-12', '国庆节'],
    ],
  },
  {
    year: 2025,
    holidays: [
      ['2025-01-01', '元旦'],
      ['2025-01-28', '春节'],
      ['2025-01-29', '春节'],
      ['2025-01-30', '春节'],
      ['2025-01-31', '春节'],
      ['2025-02-01', '春节'],
      ['2025-02-02', '春节'],
      ['2025-02-03', '春节'],
      ['2025-02-04', '春节'],
      ['2025-04-04', '清明'],
      ['2025-04-05', '清明'],
      ['2025-04-06', '清明'],
      ['2025-05-01', '劳动节'],
      ['2025-05-02', '劳动节'],
      ['2025-05-03', '劳动节'],
      ['2025-05-04', '劳动节'],
      ['2025-05-05', '劳动节'],
      ['2025-05-31', '端午'],
      ['2025-06-01', '端午'],
      ['2025-06-02', '端午'],
      ['2025-10-01', '国庆节'],
      ['2025-10-02', '国庆节'],
      ['2025-10-03', '国庆节'],
      ['2025-10-04', '国庆节'],
      ['2025-10-05', '国庆节'],
      ['2025-10-06', '中秋'],
      ['2025-10-07', '国庆节'],
      ['2025-10-08', '国庆节'],
    ],
    makeupWorkdays: [
      ['2025-01-26', '春节'],
      ['2025-02-08', '春节'],
      ['2025-04-27', '劳动节'],
      ['2025-09-28', '国庆节'],
      ['2025-10-11', '国庆节'],
    ],
  },
  {
    year: 2026,
    holidays: [
      ['2026-01-01', '元旦'],
      ['2026-01-02', '元旦'],
      ['2026-01-03', '元旦'],
      ['2026-02-15', '春节'],
      ['2026-02-16', '春节'],
      ['2026-02-17', '春节'],
      ['2026-02-18', '春节'],
      ['2026-02-19', '春节'],
      ['2026-02-20', '春节'],
      ['2026-02-21', '春节'],
      ['2026-02-22', '春节'],
      ['2026-02-23', '春节'],
      ['2026-04-04', '清明'],
      ['2026-04-05', '清明'],
      ['2026-04-06', '清明'],
      ['2026-05-01', '劳动节'],
      ['2026-05-02', '劳动节'],
      ['2026-05-03', '劳动节'],
      ['2026-05-04', '劳动节'],
      ['2026-05-05', '劳动节'],
      ['2026-06-19', '端午'],
      ['2026-06-20', '端午'],
      ['2026-06-21', '端午'],
      ['2026-09-25', '中秋'],
      ['2026-09-26', '中秋'],
      ['2026-09-27', '中秋'],
      ['2026-10-01', '国庆节'],
      ['2026-10-02', '国庆节'],
      ['2026-10-03', '国庆节'],
      ['2026-10-04', '国庆节'],
      ['2026-10-05', '国庆节'],
      ['2026-10-06', '国庆节'],
      ['2026-10-07', '国庆节'],
    ],
    makeupWorkdays: [
      ['2026-01-04', '元旦'],
      ['2026-02-14', '春节'],
      ['2026-02-28', '春节'],
      ['2026-05-09', '劳动节'],
      ['2026-09-20', '国庆节'],
      ['2026-10-10', '国庆节'],
    ],
  },
];

export const SEED_SOURCE = 'chinese-days@1.5.7';

export class SeedStatutoryHolidays1795644900000 implements MigrationInterface {
  name = 'SeedStatutoryHolidays1795644900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { year, holidays, makeupWorkdays } of SEEDED_YEARS) {
      await queryRunner.query('INSERT INTO calendar_year (year, source) VALUES ($1, $2)', [
        year,
        SEED_SOURCE,
      ]);
      const rows = [
        ...holidays.map(([date, name]) => [date, year, 'holiday', name]),
        ...makeupWorkdays.map(([date, name]) => [date, year, 'makeup_workday', name]),
      ];
      for (const row of rows) {
        await queryRunner.query(
          'INSERT INTO statutory_day (date, year, kind, name) VALUES ($1, $2, $3, $4)',
          row,
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const years = SEEDED_YEARS.map((y) => y.year);
    await queryRunner.query('DELETE FROM calendar_year WHERE year = ANY($1)', [years]);
  }
}
