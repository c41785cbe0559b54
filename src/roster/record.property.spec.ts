/**
 * The roster as a record, on random small units: months generated in random order with
 * amendments in between, some after sessions have begun. Whenever the months can be planned
 * jointly, every step succeeds, the rules checked over all months find no hard breach, and no
 * session that has begun ever changes.
 */
import fc from 'fast-check';
import type { CalendarDay } from '../calendar/index.js';
import { addDays, datesBetween, isoWeekday } from '../common/dates.js';
import { solveCore, verify } from '../solver/index.js';
import { dutyKey, type Duty } from './duties.js';
import { monthPlan, planProblem, rangePlan, type PlanShape, type UnitRecord } from './plan.js';
import type { AvailabilityInput, PeriodInput } from './problem-builder.js';
import { begunAt } from './session-start.js';
import { chinaDate } from '../common/clock.js';

const MONTHS = ['2026-02', '2026-03', '2026-04', '2026-05'];
const START = new Date('2026-01-31T20:00:00+08:00');
const UNIT = {
  sessionTemplates: [
    { code: 'AM' as const, start: '08:30', end: '11:30' },
    { code: 'PM' as const, start: '14:30', end: '17:30' },
  ],
};

interface Instance {
  record: UnitRecord;
  availability: AvailabilityInput[];
  period: PeriodInput;
  leadersPerSession: number;
  actions: Array<{ month: number; amend: boolean; advanceDays: number }>;
}

/** A calendar with two working days a week (Monday, Thursday) to keep the problems small. */
function calendar(
  from: string,
  to: string,
  period: PeriodInput,
  perSession: number,
): CalendarDay[] {
  return datesBetween(from, to).map((date) => {
    const weekday = isoWeekday(date);
    const inPeriod = period.startDate <= date && date <= period.endDate;
    return {
      date,
      weekday,
      kind: weekday >= 6 ? 'weekend' : 'workday',
      working: weekday === 1 || weekday === 4,
      periods: inPeriod
        ? [
            {
              id: period.id,
              name: period.name,
              coverage: 'every_day',
              needsReception: true,
              sessionCodes: ['AM'],
              leadersPerSession: perSession,
              onCallLeader: period.onCallLeader,
            },
          ]
        : [],
    };
  });
}

const arbInstance: fc.Arbitrary<Instance> = fc
  .record({
    leaders: fc.array(
      fc.record({
        min: fc.integer({ min: 0, max: 1 }),
        max: fc.integer({ min: 1, max: 3 }),
        quarterMax: fc.option(fc.integer({ min: 3, max: 6 }), { nil: null }),
        quarterMin: fc.option(fc.constant(1), { nil: null }),
        away: fc.array(fc.integer({ min: 0, max: 119 }), { maxLength: 3 }),
      }),
      { minLength: 4, maxLength: 6 },
    ),
    // A period crossing the end of February, March or April.
    periodMonth: fc.integer({ min: 0, max: 2 }),
    periodStart: fc.integer({ min: 0, max: 4 }),
    periodLength: fc.integer({ min: 5, max: 9 }),
    quota: fc.integer({ min: 1, max: 4 }),
    perSession: fc.integer({ min: 1, max: 2 }),
    spacingDays: fc.integer({ min: 1, max: 2 }),
    onCall: fc.boolean(),
    firstDayLeader: fc.boolean(),
    order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
    amendments: fc.array(
      fc.record({
        month: fc.integer({ min: 0, max: 3 }),
        advanceDays: fc.integer({ min: 0, max: 25 }),
      }),
      { maxLength: 3 },
    ),
    advances: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 4, maxLength: 4 }),
  })
  .map((s) => {
    const monthEnd = ['2026-02-28', '2026-03-31', '2026-04-30'][s.periodMonth];
    const startDate = addDays(monthEnd, -s.periodStart);
    const period: PeriodInput = {
      id: 'p1',
      name: '特护期',
      startDate,
      endDate: addDays(startDate, s.periodLength - 1),
      quotaPerLeader: s.quota,
      poolQuotas: {},
      onCallLeader: s.onCall,
      onCallQuotaPerLeader: s.onCall ? 3 : null,
      sessionRanks: {},
      spacingDays: s.spacingDays,
      firstDayLeaderId: s.firstDayLeader ? 'L0' : null,
    };
    const leaders = s.leaders.map((l, i) => ({
      id: `L${i}`,
      name: `领导${i}`,
      pool: 'party_government',
      rank: 'vice_mayor' as const,
      activeFrom: '2026-01-01',
      activeTo: null,
      minPerMonth: l.min,
      maxPerMonth: l.max,
      minPerQuarter: l.quarterMin,
      maxPerQuarter: l.quarterMax,
    }));
    const availability: AvailabilityInput[] = s.leaders.flatMap((l, i) =>
      l.away.map((d) => ({
        leaderId: `L${i}`,
        date: addDays('2026-02-01', d),
        session: null,
        kind: 'unavailable' as const,
      })),
    );
    const actions = [
      ...s.order.map((m, i) => ({ month: m, amend: false, advanceDays: s.advances[i] })),
    ];
    // Amendments go after the generation of their month, at random later points.
    s.amendments.forEach((a, k) => {
      const at = actions.findIndex((x) => !x.amend && x.month === a.month);
      actions.splice(Math.min(actions.length, at + 1 + k), 0, {
        month: a.month,
        amend: true,
        advanceDays: a.advanceDays,
      });
    });
    return {
      record: {
        leaders,
        periods: [period],
        months: [],
        confirmed: new Set([2026]),
        sessions: [
          { code: 'AM' as const, minutes: 180, start: '08:30' },
          { code: 'PM' as const, minutes: 180, start: '14:30' },
        ],
        rules: {
          normalSessions: ['AM' as const],
          normalLeadersPerSession: 1,
          spacingWorkingDays: 3,
        },
      },
      availability,
      period,
      leadersPerSession: s.perSession,
      actions,
    };
  });

function problemOf(inst: Instance, plan: PlanShape, extra: { previous?: Duty[] } = {}) {
  const days = calendar(plan.from, plan.to, inst.period, inst.leadersPerSession);
  return planProblem(inst.record, plan, days, inst.availability, extra);
}

const solve = (inst: Instance, plan: PlanShape, extra: { previous?: Duty[] } = {}) =>
  solveCore(problemOf(inst, plan, extra), { timeLimitSeconds: 20 });

const asDuties = (xs: Array<{ date: string; shift: string; personId: string }>): Duty[] =>
  xs.map((a) => ({ date: a.date, session: a.shift as Duty['session'], leaderId: a.personId }));

describe('roster record: months in any order, amendments after sessions begin', () => {
  it('stays feasible whenever the months can be planned jointly, and never changes the past', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(arbInstance, async (generated) => {
        // Each run (and each shrink) starts from no rosters at all.
        const inst: Instance = { ...generated, record: { ...generated.record, months: [] } };
        // The joint problem: every month decided at once, before any session began.
        const joint = monthPlan(inst.record, MONTHS[0], START, () => false);
        const all: PlanShape = {
          ...joint,
          // Every month the test's months share a window with: their quarters, to June.
          freeMonths: [...MONTHS, '2026-06'],
          forecastMonths: [],
          openMonths: [],
          from: '2026-01-18',
          to: '2026-07-14',
        };
        const jointResult = await solve(inst, all);
        fc.pre(jointResult.status === 'optimal');
        runs++;
        let now = START;
        for (const action of inst.actions) {
          now = new Date(now.getTime() + action.advanceDays * 86_400_000);
          const begun = begunAt(UNIT, now);
          const month = MONTHS[action.month];
          const record = inst.record;
          const own = record.months.find((m) => m.month === month);
          if (action.amend && !own) continue;
          const history = record.months
            .flatMap((m) => m.duties)
            .filter((d) => begun(d.date, d.session))
            .map(dutyKey)
            .sort();
          const plan = monthPlan(record, month, now, begun);
          const result = await solve(inst, plan, own ? { previous: own.published! } : {});
          expect(result.status).toBe('optimal');
          const mine = asDuties(result.assignments.filter((a) => a.date.startsWith(month)));
          const kept = (own?.published ?? []).filter((d) => begun(d.date, d.session));
          const duties = [...kept, ...mine];
          record.months = [
            ...record.months.filter((m) => m.month !== month),
            { month, duties, published: duties },
          ];
          // No session that had begun changed, in any month.
          const after = record.months
            .flatMap((m) => m.duties)
            .filter((d) => begun(d.date, d.session))
            .map(dutyKey)
            .sort();
          expect(after).toEqual(history);
          // The rules over every month made so far: no hard breach.
          const made = record.months.map((m) => m.month).sort();
          const check = rangePlan(record, made[0], made[made.length - 1], chinaDate(now));
          const hard = verify(
            problemOf(inst, check),
            check.duties.map((d) => ({
              date: d.date,
              shift: d.session,
              personId: d.leaderId,
            })),
          ).hardViolations;
          // Sessions that began before their month was made stay empty: cover is the only rule
          // they may break, and only on such sessions.
          const stale = hard.filter(
            (v) =>
              !(
                v.rule === 'cover' &&
                v.side === 'under' &&
                v.date &&
                begun(v.date, v.shift as Duty['session'])
              ),
          );
          expect(stale).toEqual([]);
        }
      }),
      { numRuns: 15, seed: 20261205 },
    );
    expect(runs).toBeGreaterThan(0);
  });
});
