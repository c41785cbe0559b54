import { describe, expect, it } from '@jest/globals';
import type { Assignment, CalendarDay, Finding, RosterVersion } from '../../api/types.js';
import {
  cellKey,
  pendingChanges,
  placeFindings,
  publishedDuties,
  required,
  stripPlace,
} from './cover.js';

const day = (d: Partial<CalendarDay>) =>
  ({ date: '2027-01-04', working: true, periods: [], ...d }) as CalendarDay;
const period = (p: object) => ({ needsReception: true, onCallLeader: false, ...p }) as never;
const duty = (date: string, session: 'AM' | 'PM' | 'CALL', leaderId: string) =>
  ({ id: `${date}${session}${leaderId}`, date, session, leaderId }) as Assignment;

describe('the cover a day needs', () => {
  it('follows the unit rules on a normal working day, the default without any', () => {
    expect(required(day({}), 'AM', null)).toBe(1);
    expect(required(day({}), 'PM', null)).toBe(0);
    const rules = { normalSessions: ['AM', 'PM'] as const, normalLeadersPerSession: 2 };
    expect(
      required(day({}), 'PM', { ...rules, normalSessions: ['AM', 'PM'], spacingWorkingDays: 5 }),
    ).toBe(2);
    expect(required(day({ working: false }), 'AM', null)).toBe(0);
  });

  it('lets a special period decide its days, rest days included', () => {
    const p = period({ sessionCodes: ['AM', 'PM'], leadersPerSession: 3 });
    expect(required(day({ working: false, periods: [p] }), 'PM', null)).toBe(3);
    const onCall = period({ sessionCodes: ['AM'], leadersPerSession: 1, onCallLeader: true });
    expect(required(day({ periods: [onCall] }), 'CALL', null)).toBe(1);
    expect(required(day({}), 'CALL', null)).toBe(0);
  });
});

describe('findings on the grid', () => {
  const a = [duty('2027-01-04', 'AM', 'l1'), duty('2027-01-06', 'PM', 'l1')];

  it('marks the cell, every duty a finding involves, the day or the month', () => {
    const cell = { date: '2027-01-05', session: 'AM', message: 'x' } as Finding;
    const spacing = { leaderId: 'l1', dates: ['2027-01-04', '2027-01-06'] } as Finding;
    const sits = { date: '2027-01-04', leaderId: 'l1' } as Finding;
    const dayOnly = { date: '2027-01-09' } as Finding;
    const monthly = { message: 'm' } as Finding;
    const placed = placeFindings([cell, spacing, sits, dayOnly, monthly], a);
    expect(placed.cells.get(cellKey('2027-01-05', 'AM'))).toEqual([cell]);
    expect(placed.cells.get(cellKey('2027-01-04', 'AM'))).toEqual([spacing, sits]);
    expect(placed.cells.get(cellKey('2027-01-06', 'PM'))).toEqual([spacing]);
    expect(placed.days.get('2027-01-09')).toEqual([dayOnly]);
    expect(placed.month).toEqual([monthly]);
  });

  it('drops the place a message starts with inside its cell', () => {
    expect(stripPlace('2027-01-04 上午：缺人')).toBe('缺人');
    expect(stripPlace('2027-01-04：节日')).toBe('节日');
    expect(stripPlace('本月缺人')).toBe('本月缺人');
  });
});

describe('what publishing changes', () => {
  const versions = [
    {
      number: 2,
      changes: [
        { change: 'removed', date: '2027-01-04', session: 'AM', leaderId: 'l1' },
        { change: 'added', date: '2027-01-04', session: 'AM', leaderId: 'l2' },
      ],
    },
    {
      number: 1,
      changes: [
        { change: 'added', date: '2027-01-04', session: 'AM', leaderId: 'l1' },
        { change: 'added', date: '2027-01-05', session: 'AM', leaderId: 'l3' },
      ],
    },
  ] as RosterVersion[];

  it('rebuilds the published duties from every version in order', () => {
    expect([...publishedDuties(versions)].sort()).toEqual(['2027-01-04|AM|l2', '2027-01-05|AM|l3']);
  });

  it('lists the draft against them, in date and session order', () => {
    const draft = [duty('2027-01-05', 'PM', 'l3'), duty('2027-01-04', 'AM', 'l2')];
    expect(pendingChanges(draft, publishedDuties(versions))).toEqual([
      { change: 'removed', date: '2027-01-05', session: 'AM', leaderId: 'l3' },
      { change: 'added', date: '2027-01-05', session: 'PM', leaderId: 'l3' },
    ]);
  });
});
