import { describe, expect, it } from '@jest/globals';
import type { Availability, CalendarDay } from '../../api/types.js';
import { dayLabel, entriesByDate, entryText, leadingBlanks } from './availability.js';

const entry = (over: Partial<Availability>) =>
  ({
    id: 'a1',
    leaderId: 'l1',
    date: '2027-01-04',
    session: null,
    kind: 'unavailable',
    reason: 'trip',
    note: '',
    ...over,
  }) as Availability;

describe("a leader's availability calendar", () => {
  it('groups entries by date, keeping their order', () => {
    const a = entry({ id: 'a' });
    const b = entry({ id: 'b', date: '2027-01-05' });
    const c = entry({ id: 'c' });
    expect([...entriesByDate([a, b, c])]).toEqual([
      ['2027-01-04', [a, c]],
      ['2027-01-05', [b]],
    ]);
  });

  it('starts the month on its weekday column', () => {
    expect(leadingBlanks([{ weekday: 5 } as CalendarDay])).toBe(4);
    expect(leadingBlanks([{ weekday: 1 } as CalendarDay])).toBe(0);
  });

  it('writes an entry and names a day as the office reads them', () => {
    expect(entryText(entry({ session: 'AM' }))).toBe('不可参加·上午（出差）');
    expect(entryText(entry({ kind: 'preferred', reason: null }))).toBe('希望安排');
    const day = { date: '2027-01-04', weekday: 1 } as CalendarDay;
    expect(dayLabel(day, 0)).toBe('1月4日 周一');
    expect(dayLabel(day, 2)).toBe('1月4日 周一，已登记 2 项');
  });
});
