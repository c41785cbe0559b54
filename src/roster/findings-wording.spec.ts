import type { PeriodSummary } from '../calendar/index.js';
import { diagnose, type Assignment } from '../solver/index.js';
import { findings } from './findings.js';
import {
  buildRosterProblem,
  DEFAULT_WEIGHTS,
  type BuildInput,
  type PeriodInput,
  type RosterLeaderInput,
} from './problem-builder.js';
import { calendarDay as day, rosterLeader } from './testing.js';

/** Office-facing text is Chinese: no Latin letter (an id, a pool code, an English fragment). */
const LATIN = /[A-Za-z]/;

const period: PeriodSummary = {
  id: 'p',
  name: '全国两会特护期',
  coverage: 'every_day',
  needsReception: true,
  sessionCodes: ['AM', 'PM'],
  leadersPerSession: 1,
  onCallLeader: true,
};

/** One session a month and one a quarter. */
const leader = (id: string, name: string, over: Partial<RosterLeaderInput> = {}) =>
  rosterLeader(id, { name, maxPerMonth: 1, minPerQuarter: 1, maxPerQuarter: 1, ...over });

const lianghui: PeriodInput = {
  id: 'p',
  name: '全国两会特护期',
  startDate: '2026-03-05',
  endDate: '2026-03-08',
  quotaPerLeader: 1,
  poolQuotas: { npc: 3, cppcc: 2 },
  onCallLeader: true,
  onCallQuotaPerLeader: 1,
  sessionRanks: { AM: ['standing'] },
  spacingDays: 3,
  firstDayLeaderId: 'l01',
};

/**
 * Every finding a badly broken roster gets, and every diagnosis of a problem that cannot be met,
 * is worded in Chinese: leaders by name, pools as 党政/人大/政协, quarters and periods by name.
 */
describe('findings and diagnoses are worded in Chinese', () => {
  const days = [
    day('2026-03-02', true),
    day('2026-03-03', true),
    day('2026-03-04', true),
    day('2026-03-05', true, [period]),
    day('2026-03-06', true, [period]),
    day('2026-03-07', false, [period]),
    day('2026-03-08', false, [period]),
  ];
  const leaders = [
    leader('l01', '程望岳', { rank: 'principal' }),
    leader('l08', '钟正平', { rank: 'standing' }),
    leader('l17', '罗守正', { rank: 'npc', pool: 'npc' }),
  ];
  const input: BuildInput = {
    month: '2026-03',
    days,
    freeMonths: ['2026-03'],
    begun: () => false,
    sessions: [
      { code: 'AM', minutes: 180, start: '08:30' },
      { code: 'PM', minutes: 180, start: '14:30' },
    ],
    leaders,
    availability: [{ leaderId: 'l08', date: '2026-03-02', session: null, kind: 'unavailable' }],
    periods: [lianghui],
    fixed: [],
    pins: [],
    rules: {
      normalSessions: ['AM'],
      normalLeadersPerSession: 1,
      spacingWorkingDays: 5,
      weights: DEFAULT_WEIGHTS,
    },
  };
  const problem = buildRosterProblem(input);
  const names = new Map(leaders.map((l) => [l.id, l.name]));

  it('words every hard and soft breach of a roster in Chinese', () => {
    const sit = (date: string, shift: string, personId: string): Assignment => ({
      date,
      shift,
      personId,
    });
    // Unavailable, twice in a day, over the monthly and quarterly caps, an npc leader on a
    // standing-only morning, too close in the period, the first day without 程望岳, sessions
    // left empty, the pools short, on call twice.
    const assignments = [
      sit('2026-03-02', 'AM', 'l08'),
      sit('2026-03-03', 'AM', 'l08'),
      sit('2026-03-05', 'AM', 'l17'),
      sit('2026-03-05', 'PM', 'l17'),
      sit('2026-03-06', 'PM', 'l17'),
      sit('2026-03-06', 'CALL', 'l08'),
      sit('2026-03-07', 'CALL', 'l08'),
    ];
    const found = findings(problem, assignments, names);
    const rules = new Set(found.map((f) => f.rule));
    for (const rule of ['unavailable', 'maxPerDay', 'rangeLimit', 'cover', 'window', 'mustSit'])
      expect(rules).toContain(rule);
    expect(found.some((f) => f.rule === 'poolQuota')).toBe(true);
    for (const f of found) {
      expect({ message: f.message, latin: LATIN.test(f.message) }).toEqual({
        message: f.message,
        latin: false,
      });
      expect(LATIN.test(f.ruleName)).toBe(false);
    }
    // A pool reads as its name; a month, a quarter and a period as the plan names them.
    expect(found.some((f) => f.message.includes('政协 轮值组'))).toBe(true);
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        '2026-03-01：钟正平 2026年3月坐班 2 次（2026-03-02、2026-03-03），超过上限 1 次',
        '2026-01-01：钟正平 2026年第1季度坐班 2 次（2026-03-02、2026-03-03），超过上限 1 次',
        '2026-01-01：程望岳 2026年第1季度坐班 0 次，少于要求的 1 次',
      ]),
    );
  });

  it('words the diagnosis of an impossible problem in Chinese', () => {
    // Everyone away on 03-04; 罗守正 (人大) pinned to a morning kept for 市委常委.
    const impossible = buildRosterProblem({
      ...input,
      availability: leaders.map((l) => ({
        leaderId: l.id,
        date: '2026-03-04',
        session: null,
        kind: 'unavailable' as const,
      })),
      pins: [{ date: '2026-03-05', session: 'AM', leaderId: 'l17' }],
    });
    const diagnosis = diagnose(impossible);
    expect(diagnosis.length).toBeGreaterThan(0);
    for (const d of diagnosis) expect(LATIN.test(d.message)).toBe(false);
  });
});
