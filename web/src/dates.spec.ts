import { describe, expect, it } from '@jest/globals';
import { addMonths, chinaTime, daysInMonth, isMonth } from './dates.js';

describe('civil dates', () => {
  it('lists every day of a month, leap Februaries included', () => {
    expect(daysInMonth('2028-02')).toHaveLength(29);
    expect(daysInMonth('2027-02').at(-1)).toBe('2027-02-28');
    expect(daysInMonth('2026-12')[0]).toBe('2026-12-01');
  });

  it('steps months across year ends both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-05', -17)).toBe('2024-12');
  });

  it('accepts only YYYY-MM months', () => {
    expect(isMonth('2026-07')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-7')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('reads an instant as Beijing wall-clock time', () => {
    // 16:30 UTC is half past midnight the next day in China.
    expect(chinaTime(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01-01T00:30');
  });
});
