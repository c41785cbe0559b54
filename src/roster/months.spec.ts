import { earlierMonths, monthRange } from './months.js';

describe('months', () => {
  it('knows month lengths, leap years included', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('lists the earlier months of the year and of the quarter', () => {
    expect(earlierMonths('2026-12').quarter).toEqual(['2026-10', '2026-11']);
    expect(earlierMonths('2026-12').year).toHaveLength(11);
    expect(earlierMonths('2026-04')).toEqual({
      year: ['2026-01', '2026-02', '2026-03'],
      quarter: [],
    });
  });
});
