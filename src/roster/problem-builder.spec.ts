import type { CalendarDay, PeriodSummary } from '../calendar/day-view.js';
import {
  buildRosterProblem,
  coverForDay,
  DEFAULT_WEIGHTS,
  type BuildInput,
  type RosterLeaderInput,
} from './problem-builder.js';

const rules = {
  normalSessions: ['AM' as const],
  normalLeadersPerSession: 1,
  spacingWorkingDays: 5,
  weights: DEFAULT_WEIGHTS,
};

const period = (over: Partial<PeriodSummary> = {}): PeriodSummary => ({
  id: 'p',
  name: '两会',
  coverage: 'every_day',
  needsReception: true,
  sessionCodes: ['AM', 'PM'],
  leadersPerSession: 2,
  onCallLeader: false,
  ...over,
});

const day = (date: string, working: boolean, periods: PeriodSummary[] = []): CalendarDay => ({
  date,
  weekday: new Date(`${date}T00:00:00Z`).getUTCDay() || 7,
  kind: working ? 'workday' : 'weekend',
  working,
  periods,
});

const leader = (id: string, over: Partial<RosterLeaderInput> = {}): RosterLeaderInput => ({
  id,
  name: id,
  pool: 'party_government',
  activeFrom: '2026-03-01',
  activeTo: '2026-03-31',
  minPerMonth: 1,
  maxPerMonth: 2,
  quarterRemaining: null,
  carried: 0,
  ...over,
});

function input(over: Partial<BuildInput> = {}): BuildInput {
  return {
    month: '2026-03',
    days: [day('2026-03-02', true), day('2026-03-07', false)],
    sessions: [
      { code: 'AM', minutes: 180, start: '08:30' },
      { code: 'PM', minutes: 180, start: '14:30' },
    ],
    leaders: [leader('a'), leader('b')],
    availability: [],
    periods: [],
    pins: [],
    rules,
    ...over,
  };
}

describe('coverForDay', () => {
  it('covers the unit’s normal sessions on working days only', () => {
    expect(coverForDay(day('2026-03-02', true), rules)).toEqual([{ session: 'AM', required: 1 }]);
    expect(coverForDay(day('2026-03-07', false), rules)).toEqual([]);
  });

  it('lets a special period decide sessions and leaders, weekends included', () => {
    expect(coverForDay(day('2026-03-07', false, [period()]), rules)).toEqual([
      { session: 'AM', required: 2 },
      { session: 'PM', required: 2 },
    ]);
    // An excluded date of a period (除夕) has no reception even on a working day.
    expect(
      coverForDay(day('2026-02-16', true, [period({ needsReception: false })]), rules),
    ).toEqual([{ session: 'AM', required: 1 }]);
    expect(
      coverForDay(day('2026-02-15', false, [period({ needsReception: false })]), rules),
    ).toEqual([]);
  });
});

describe('buildRosterProblem', () => {
  it('states quotas, spacing, one session a day and availability per leader', () => {
    const p = buildRosterProblem(
      input({
        leaders: [
          leader('a', { quarterRemaining: 1, maxPerMonth: 2 }),
          leader('b', { activeFrom: '2026-03-05' }),
        ],
        availability: [
          { leaderId: 'a', date: '2026-03-02', session: 'AM', kind: 'unavailable' },
          { leaderId: 'b', date: '2026-03-07', session: null, kind: 'preferred' },
        ],
      }),
    );
    const [a, b] = p.people;
    expect(a).toMatchObject({ maxTotal: 1, minTotal: 1, maxPerDay: 1 });
    expect(a.windows).toEqual([{ days: 5, max: 1, workingDaysOnly: true, weight: 50 }]);
    expect(a.unavailable).toEqual([{ date: '2026-03-02', shift: 'AM' }]);
    // b starts on 03-05: earlier dates are unavailable.
    expect(b.unavailable).toEqual([{ date: '2026-03-02' }]);
    expect(b.requests).toEqual([{ date: '2026-03-07', on: true, weight: 5 }]);
    expect(p.cover).toEqual([{ date: '2026-03-02', shift: 'AM', required: 1 }]);
  });

  it('turns a period’s quotas into range limits and its pool quotas into a share per month', () => {
    const days = [day('2026-02-27', true, [period()]), day('2026-02-28', false, [period()])];
    const p = buildRosterProblem(
      input({
        month: '2026-02',
        days,
        leaders: [leader('a', { activeFrom: '2026-02-01', activeTo: '2026-02-28' })],
        periods: [
          {
            id: 'p',
            startDate: '2026-02-25',
            endDate: '2026-03-12',
            quotaPerLeader: 3,
            poolQuotas: { npc: 8, cppcc: 0 },
          },
        ],
      }),
    );
    expect(p.people[0].rangeLimits).toEqual([{ from: '2026-02-27', to: '2026-02-28', max: 3 }]);
    // 2 of the period's 16 days fall in this horizon: 8 × 2/16 = 1 session for npc.
    expect(p.poolQuotas).toEqual([
      {
        pool: 'npc',
        from: '2026-02-27',
        to: '2026-02-28',
        min: 1,
        weight: DEFAULT_WEIGHTS.underQuota,
      },
    ]);
    // The month cap grows by the period's quota.
    expect(p.people[0].maxTotal).toBe(5);
  });

  it('prices every change against the published roster when amending', () => {
    const previous = [{ date: '2026-03-02', shift: 'AM', personId: 'a' }];
    const p = buildRosterProblem(input({ previous }));
    expect(p.previous).toEqual({ assignments: previous, changeWeight: DEFAULT_WEIGHTS.change });
  });
});
