import { buildDays, type PeriodEntry, type StatutoryEntry } from './day-view.js';

const statutory = new Map<string, StatutoryEntry>([
  ['2026-02-14', { kind: 'makeup_workday', name: '春节' }],
  ['2026-02-15', { kind: 'holiday', name: '春节' }],
  ['2026-02-16', { kind: 'holiday', name: '春节' }],
]);

const spring: PeriodEntry = {
  id: 'p1',
  name: '春节',
  startDate: '2026-02-14',
  endDate: '2026-02-16',
  coverage: 'every_day',
  excludedDates: ['2026-02-16'],
  sessionCodes: ['AM'],
  leadersPerSession: 1,
  onCallLeader: true,
};

describe('buildDays', () => {
  it('classifies weekdays, weekends, holidays and make-up workdays', () => {
    const days = buildDays('2026-02-12', '2026-02-16', statutory, [], []);
    expect(days.map((d) => [d.date, d.kind, d.working])).toEqual([
      ['2026-02-12', 'workday', true],
      ['2026-02-13', 'workday', true],
      ['2026-02-14', 'makeup_workday', true],
      ['2026-02-15', 'holiday', false],
      ['2026-02-16', 'holiday', false],
    ]);
    expect(days[2]).toMatchObject({ weekday: 6, holidayName: '春节' });
    expect(days[0].holidayName).toBeUndefined();
  });

  it('lets a unit override turn a workday off and a day off on', () => {
    const days = buildDays(
      '2026-02-13',
      '2026-02-15',
      statutory,
      [
        { id: 'o1', date: '2026-02-13', kind: 'closure', reason: '台风' },
        { id: 'o2', date: '2026-02-15', kind: 'extra_workday', reason: '加班' },
      ],
      [],
    );
    expect(days.map((d) => d.working)).toEqual([false, true, true]);
    expect(days[0]).toMatchObject({
      kind: 'workday',
      override: { kind: 'closure', reason: '台风' },
    });
  });

  it('overlays periods: every-day cover includes holidays except excluded dates', () => {
    const days = buildDays('2026-02-13', '2026-02-16', statutory, [], [spring]);
    expect(days[0].periods).toEqual([]);
    expect(days.slice(1).map((d) => d.periods[0].needsReception)).toEqual([true, true, false]);
  });

  it('working-days-only cover skips days off', () => {
    const days = buildDays(
      '2026-02-14',
      '2026-02-15',
      statutory,
      [],
      [{ ...spring, coverage: 'working_days', excludedDates: [] }],
    );
    expect(days.map((d) => d.periods[0].needsReception)).toEqual([true, false]);
  });
});
