import { describe, expect, it } from '@jest/globals';
import type { CalendarDay } from './api/types.js';
import {
  dayKindName,
  dueDateText,
  formatDateTime,
  isoWeekday,
  monthName,
  monthOfYear,
  rosterStatusName,
  shortDate,
  weekdayName,
} from './labels.js';

describe('the words for codes and dates', () => {
  it('names ISO weekdays from Monday', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
    expect(weekdayName(isoWeekday('2026-12-13'))).toBe('周日');
  });

  it('writes dates and months as the office does', () => {
    expect(shortDate('2026-03-05')).toBe('3月5日');
    expect(monthName('2026-03')).toBe('2026年3月');
    expect(monthOfYear('2026-03')).toBe('3月');
    expect(monthOfYear('2026-12')).toBe('12月');
    expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
  });

  it('says when a deadline was rolled past a rest day', () => {
    expect(dueDateText('2027-03-22', null)).toBe('3月22日（星期一）');
    expect(dueDateText('2027-03-22', '2027-03-21')).toBe(
      '3月22日（星期一）（原 3月21日（星期日），遇休息日顺延）',
    );
  });

  it('names a day by its kind, a holiday by its name', () => {
    const day = (kind: CalendarDay['kind'], holidayName?: string) =>
      ({ kind, holidayName }) as CalendarDay;
    expect(dayKindName(day('holiday', '春节'))).toBe('春节假期');
    expect(dayKindName(day('holiday'))).toBe('法定节假日');
    expect(dayKindName(day('makeup_workday'))).toBe('调休上班');
    expect(dayKindName(day('weekend'))).toBe('周末');
  });

  it('names roster statuses and passes unknown ones through', () => {
    expect(rosterStatusName('amending')).toBe('修订中（未发布）');
    expect(rosterStatusName('archived')).toBe('archived');
  });
});
