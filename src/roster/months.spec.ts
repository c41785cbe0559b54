import { earlierMonths } from './months.js';

describe('months', () => {
  it('lists the earlier months of the year and of the quarter', () => {
    expect(earlierMonths('2026-12').quarter).toEqual(['2026-10', '2026-11']);
    expect(earlierMonths('2026-12').year).toHaveLength(11);
    expect(earlierMonths('2026-04')).toEqual({
      year: ['2026-01', '2026-02', '2026-03'],
      quarter: [],
    });
  });
});
