import {
  addDays,
  datesBetween,
  isIsoDate,
  isIsoMonth,
  isoWeekday,
  isWeekend,
  monthBounds,
  yearsBetween,
} from './dates.js';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-1-01')).toBe(false);
    expect(isIsoMonth('2026-02')).toBe(true);
    expect(isIsoMonth('2026-13')).toBe(false);
  });

  it('knows weekdays: 2026-02-14 and 2026-02-28 are Saturdays', () => {
    expect(isoWeekday('2026-02-14')).toBe(6);
    expect(isoWeekday('2026-02-28')).toBe(6);
    expect(isoWeekday('2026-03-01')).toBe(7);
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isWeekend('2026-02-15')).toBe(true);
    expect(isWeekend('2026-02-16')).toBe(false);
  });

  it('walks across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(monthBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(yearsBetween('2026-12-30', '2027-01-02')).toEqual([2026, 2027]);
  });
});
