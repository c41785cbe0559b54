import type { PeriodSummary } from '../calendar/index.js';
import {
  buildRosterProblem,
  coverForDay,
  DEFAULT_WEIGHTS,
  NORMAL_TAG,
  onCallTag,
  periodTag,
  type BuildInput,
  type PeriodInput,
} from './problem-builder.js';
import { calendarDay as day, rosterLeader as leader } from './testing.js';

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

const periodInput = (over: Partial<PeriodInput> = {}): PeriodInput => ({
  id: 'p',
  name: '两会',
  startDate: '2026-02-25',
  endDate: '2026-03-12',
  quotaPerLeader: 3,
  poolQuotas: {},
  onCallLeader: false,
  onCallQuotaPerLeader: null,
  sessionRanks: {},
  spacingDays: 2,
  firstDayLeaderId: null,
  ...over,
});

function input(over: Partial<BuildInput> = {}): BuildInput {
  return {
    month: '2026-03',
    days: [day('2026-03-02', true), day('2026-03-07', false)],
    freeMonths: ['2026-03'],
    begun: () => false,
    sessions: [
      { code: 'AM', minutes: 180, start: '08:30' },
      { code: 'PM', minutes: 180, start: '14:30' },
    ],
    leaders: [leader('a'), leader('b')],
    availability: [],
    periods: [],
    fixed: [],
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
  it('states monthly quotas, spacing, one session a day and availability per leader', () => {
    const p = buildRosterProblem(
      input({
        leaders: [leader('a', { maxPerMonth: 2 }), leader('b', { activeFrom: '2026-03-05' })],
        availability: [
          { leaderId: 'a', date: '2026-03-02', session: 'AM', kind: 'unavailable' },
          { leaderId: 'b', date: '2026-03-07', session: null, kind: 'preferred' },
        ],
      }),
    );
    const [a, b] = p.people;
    expect(a.maxPerDay).toBe(1);
    expect(a.rangeLimits).toEqual([
      { name: '2026年3月', from: '2026-03-01', to: '2026-03-31', tags: [NORMAL_TAG], max: 2 },
      {
        name: '2026年3月',
        from: '2026-03-01',
        to: '2026-03-31',
        tags: [NORMAL_TAG],
        min: 1,
        underWeight: DEFAULT_WEIGHTS.underQuota,
      },
    ]);
    expect(a.windows).toEqual([
      {
        days: 5,
        max: 1,
        workingDaysOnly: true,
        weight: 50,
        from: '2026-03-02',
        to: '2026-03-02',
        tags: [NORMAL_TAG],
      },
      {
        days: 5,
        max: 1,
        workingDaysOnly: true,
        weight: 50,
        from: '2026-03-07',
        to: '2026-03-07',
        tags: [NORMAL_TAG],
      },
    ]);
    expect(a.unavailable).toEqual([{ date: '2026-03-02', shift: 'AM' }]);
    // b starts on 03-05: earlier dates are unavailable.
    expect(b.unavailable).toEqual([{ date: '2026-03-02' }]);
    expect(b.requests).toEqual([{ date: '2026-03-07', on: true, weight: 5 }]);
    expect(p.cover).toEqual([{ date: '2026-03-02', shift: 'AM', required: 1, tag: NORMAL_TAG }]);
  });

  it('decides only sessions that have not begun, and keeps other duties as facts', () => {
    const p = buildRosterProblem(
      input({
        days: [day('2026-03-02', true), day('2026-03-03', true), day('2026-03-04', true)],
        begun: (date) => date <= '2026-03-02',
        fixed: [{ date: '2026-03-02', session: 'AM', leaderId: 'b' }],
        pins: [
          { date: '2026-03-02', session: 'AM', leaderId: 'b' },
          { date: '2026-03-04', session: 'AM', leaderId: 'a' },
        ],
      }),
    );
    expect(p.cover.map((c) => c.date)).toEqual(['2026-03-03', '2026-03-04']);
    expect(p.fixed).toEqual([{ date: '2026-03-02', shift: 'AM', personId: 'b', tag: NORMAL_TAG }]);
    expect(p.pins).toEqual([{ date: '2026-03-04', shift: 'AM', personId: 'a' }]);
  });

  it('caps a period over its whole length and asks a pool for its whole quota', () => {
    const days = [day('2026-02-27', true, [period()]), day('2026-02-28', false, [period()])];
    const p = buildRosterProblem(
      input({
        month: '2026-02',
        days,
        freeMonths: ['2026-02'],
        leaders: [leader('a')],
        periods: [periodInput({ poolQuotas: { npc: 8, cppcc: 0 } })],
      }),
    );
    expect(p.people[0].rangeLimits).toContainEqual({
      name: '两会',
      from: '2026-02-25',
      to: '2026-03-12',
      tags: [periodTag('p')],
      max: 3,
    });
    // The horizon holds 2 of the period's 16 days: the pool is asked for its share of them.
    expect(p.poolQuotas).toEqual([
      {
        pool: '人大',
        from: '2026-02-27',
        to: '2026-02-28',
        tags: [periodTag('p')],
        min: 1,
        weight: DEFAULT_WEIGHTS.underQuota,
      },
    ]);
    // Spacing in the period counts calendar days.
    expect(p.people[0].windows).toContainEqual({
      days: 2,
      max: 1,
      weight: DEFAULT_WEIGHTS.spacing,
      from: '2026-02-25',
      to: '2026-03-12',
      tags: [NORMAL_TAG, periodTag('p')],
    });
  });

  it('opens sessions of a period to some ranks only, and asks the lead leader to open it', () => {
    const first = day('2026-02-25', true, [period()]);
    const p = buildRosterProblem(
      input({
        month: '2026-02',
        days: [first],
        freeMonths: ['2026-02'],
        leaders: [leader('l01', { rank: 'principal' }), leader('b', { rank: 'npc' })],
        periods: [
          periodInput({
            sessionRanks: { AM: ['principal', 'vice_mayor'] },
            firstDayLeaderId: 'l01',
          }),
        ],
      }),
    );
    expect(p.cover).toEqual([
      { date: '2026-02-25', shift: 'AM', required: 2, tag: periodTag('p'), people: ['l01'] },
      { date: '2026-02-25', shift: 'PM', required: 2, tag: periodTag('p') },
    ]);
    expect(p.people[0].mustSit).toEqual([
      { date: '2026-02-25', name: '两会首日由l01坐班', weight: DEFAULT_WEIGHTS.firstDay },
    ]);
    expect(p.people[1].mustSit).toBeUndefined();
  });

  it('rosters an on-call leader for every period day, with its own tag and quota', () => {
    const onCall = period({ onCallLeader: true, needsReception: false });
    const p = buildRosterProblem(
      input({
        month: '2026-02',
        days: [day('2026-02-16', false, [onCall])],
        freeMonths: ['2026-02'],
        leaders: [leader('a')],
        periods: [periodInput({ onCallLeader: true, onCallQuotaPerLeader: 2 })],
      }),
    );
    expect(p.cover).toEqual([
      { date: '2026-02-16', shift: 'CALL', required: 1, tag: onCallTag('p') },
    ]);
    expect(p.shiftTypes.map((s) => s.id)).toEqual(['AM', 'PM', 'CALL']);
    expect(p.people[0].rangeLimits).toContainEqual(
      expect.objectContaining({ tags: [onCallTag('p')], max: 2 }),
    );
  });

  it('prices every change against the published roster when amending', () => {
    const previous = [{ date: '2026-03-02', session: 'AM' as const, leaderId: 'a' }];
    const p = buildRosterProblem(input({ previous }));
    expect(p.previous).toEqual({
      assignments: [{ date: '2026-03-02', shift: 'AM', personId: 'a' }],
      changeWeight: DEFAULT_WEIGHTS.change,
    });
  });

  it('leaves out minimums that reach months not planned yet when only checking', () => {
    const p = buildRosterProblem(
      input({ leaders: [leader('a', { minPerQuarter: 1 })], openMonths: ['2026-04'] }),
    );
    // Q1 (January..March) is not open: its minimum counts.
    expect(p.people[0].rangeLimits).toContainEqual(
      expect.objectContaining({ name: '2026年第1季度', min: 1 }),
    );
    const q2 = buildRosterProblem(
      input({
        month: '2026-04',
        days: [day('2026-04-01', true)],
        freeMonths: ['2026-04'],
        openMonths: ['2026-05'],
        leaders: [leader('a', { minPerQuarter: 1 })],
      }),
    );
    expect(q2.people[0].rangeLimits).not.toContainEqual(
      expect.objectContaining({ min: 1, name: '2026年第2季度' }),
    );
  });
});
