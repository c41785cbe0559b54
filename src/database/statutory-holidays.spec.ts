import { SEEDED_YEARS } from './migrations/1795644900000-SeedStatutoryHolidays.js';
import { packageArrangement } from '../calendar/index.js';

describe('statutory holidays seeded by migration', () => {
  it.each(SEEDED_YEARS.map((y) => [y.year, y] as const))(
    '%i agrees with chinese-days',
    (year, seeded) => {
      const fromPackage = packageArrangement(year);
      const asObjects = (list: ReadonlyArray<readonly [string, string]>) =>
        list.map(([date, name]) => ({ date, name }));
      expect(fromPackage).toEqual({
        holidays: asObjects(seeded.holidays),
        makeupWorkdays: asObjects(seeded.makeupWorkdays),
      });
    },
  );

  it('has the 2026 Spring Festival arrangement of the 国办 notice', () => {
    const y2026 = SEEDED_YEARS.find((y) => y.year === 2026)!;
    expect(y2026.makeupWorkdays.map(([d]) => d)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    const spring = y2026.holidays.filter(([, n]) => n === '春节').map(([d]) => d);
    expect(spring[0]).toBe('2026-02-15');
    expect(spring.at(-1)).toBe('2026-02-23');
    expect(spring).toHaveLength(9);
  });

  it('knows no 2027 yet, so 2027 must be confirmed by an administrator', () => {
    expect(packageArrangement(2027)).toBeNull();
  });
});
