/**
 * Turns a unit's joint plan (the months a month is planned with, see record-window.ts) into a
 * solver Problem: the sessions still to decide as cover items, every other duty of the horizon as
 * a fixed fact, and each leader's quotas as range rules over months, quarters and special periods.
 * Pure: no database, no Nest; the roster service gathers the inputs.
 */
import type { CalendarDay, DutyCode, SessionCode } from '../calendar/index.js';
import { addDays, monthBounds } from '../common/dates.js';
import { type LeaderRank, ROTATION_POOL_NAMES, type RotationPool } from '../org/index.js';
import {
  dayDiff,
  type Cover,
  type FixedAssignment,
  type MustSit,
  type Person,
  type PoolQuota,
  type Problem,
  type RangeLimit,
  type SlidingWindow,
} from '../solver/index.js';
import type { Duty } from './duties.js';
import { quarterMonths } from './record-window.js';

export type { SessionCode };

export const DUTY_NAMES: Record<DutyCode, string> = { AM: '上午', PM: '下午', CALL: '值班' };

export interface RosterLeaderInput {
  id: string;
  name: string;
  pool: string;
  rank: LeaderRank;
  /** First and last date the leader may sit (null: no end). */
  activeFrom: string;
  activeTo: string | null;
  minPerMonth: number;
  maxPerMonth: number;
  minPerQuarter: number | null;
  maxPerQuarter: number | null;
  /** Sessions sat above (+) or below (-) the monthly minimum in the year's months before the plan. */
  carried: number;
}

export interface AvailabilityInput {
  leaderId: string;
  date: string;
  session: SessionCode | null;
  kind: 'unavailable' | 'preferred' | 'avoided';
}

export interface PeriodInput {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  /** Most reception sessions one leader sits in the whole period (null: the monthly maximum). */
  quotaPerLeader: number | null;
  /** Sessions each rotation pool must supply during the period, e.g. {"npc": 2}. */
  poolQuotas: Partial<Record<string, number>>;
  onCallLeader: boolean;
  onCallQuotaPerLeader: number | null;
  /** Ranks that may take a session, e.g. {"AM": ["standing", "vice_mayor"]}. */
  sessionRanks: Partial<Record<DutyCode, LeaderRank[]>>;
  /** No leader twice within this many calendar days (1 = no rule). */
  spacingDays: number;
  /** The leader who sits the first day (e.g. 市委书记), if any. */
  firstDayLeaderId: string | null;
}

export interface SessionTemplateInput {
  code: SessionCode;
  minutes: number;
  start: string;
}

/** Soft-rule weights: integers, so objectives compare exactly. */
export interface RosterWeights {
  /** Per session a leader sits below a minimum (monthly, quarterly, a pool's share). */
  underQuota: number;
  /** Per duty that comes too soon after the same leader's previous one. */
  spacing: number;
  /** Per honoured-or-not preferred/avoided date. */
  preference: number;
  /** Per session away from the fair share given earlier months. */
  fairness: number;
  /** Per assignment changed against the published roster when amending. */
  change: number;
  /** When the leader named to open a special period does not sit its first day. */
  firstDay: number;
  /**
   * Per seat left empty in a month planned alongside (a forecast), for the earliest such month;
   * each later one costs `forecastStep` less, so when they cannot all be covered the seats left
   * empty are the latest, which have the most time to be sorted out. Far above every other
   * penalty, so a joint plan that can cover them all does; but a later month that cannot be
   * covered (everyone away one day in November) does not stop planning this one.
   */
  forecastCover: number;
  forecastStep: number;
}

export const DEFAULT_WEIGHTS: RosterWeights = {
  underQuota: 1000,
  spacing: 50,
  preference: 5,
  fairness: 10,
  change: 200,
  firstDay: 2000,
  forecastCover: 1_000_000,
  forecastStep: 50_000,
};

export interface RosterRules {
  /** Sessions covered on a normal working day, and how many leaders each needs. */
  normalSessions: SessionCode[];
  normalLeadersPerSession: number;
  spacingWorkingDays: number;
  weights: RosterWeights;
}

export interface BuildInput {
  /** The month being planned (names the problem). */
  month: string;
  /** Every day of the horizon, in order, with the special periods on it. */
  days: CalendarDay[];
  /** Months whose sessions are decided in this plan; other days hold only fixed duties. */
  freeMonths: string[];
  /**
   * Months ahead not planned yet and not decided here (checking a roster rather than solving
   * it): a minimum whose range reaches one of them cannot be judged yet, so it is left out.
   */
  openMonths?: string[];
  /** Decided months planned only alongside (their cover is soft at forecastCover). */
  forecastMonths?: string[];
  /** Whether a duty has begun (begun sessions are never decided, only counted). */
  begun: (date: string, code: DutyCode) => boolean;
  sessions: SessionTemplateInput[];
  leaders: RosterLeaderInput[];
  availability: AvailabilityInput[];
  periods: PeriodInput[];
  /** Duties that are facts: other months' rosters, and begun sessions of the planned months. */
  fixed: Duty[];
  pins: Duty[];
  /** The published roster being amended, if any. */
  previous?: Duty[];
  rules: RosterRules;
}

/** Tag of the normal (non-period) reception sessions. */
export const NORMAL_TAG = 'normal';
export const periodTag = (periodId: string) => `p:${periodId}`;
export const onCallTag = (periodId: string) => `c:${periodId}`;

/** The sessions needing cover on a day and the leaders each needs (special periods win). */
export function coverForDay(
  day: CalendarDay,
  rules: Pick<RosterRules, 'normalSessions' | 'normalLeadersPerSession'>,
): Array<{ session: SessionCode; required: number }> {
  const special = day.periods.filter((p) => p.needsReception);
  if (special.length > 0) {
    const required = new Map<SessionCode, number>();
    for (const p of special) {
      for (const s of p.sessionCodes) {
        required.set(s, Math.max(required.get(s) ?? 0, p.leadersPerSession));
      }
    }
    return [...required].map(([session, n]) => ({ session, required: n }));
  }
  if (!day.working) return [];
  return rules.normalSessions.map((session) => ({
    session,
    required: rules.normalLeadersPerSession,
  }));
}

/** The tag a reception session or an on-call duty of a day counts under. */
export function dutyTag(day: CalendarDay, code: DutyCode): string {
  if (code === 'CALL') {
    const onCall = day.periods.find((p) => p.onCallLeader);
    return onCall ? onCallTag(onCall.id) : NORMAL_TAG;
  }
  const period = day.periods.find((p) => p.needsReception);
  return period ? periodTag(period.id) : NORMAL_TAG;
}

/** Pools go into the problem by their Chinese names, so every message the solver words reads 人大. */
const poolName = (pool: string) => ROTATION_POOL_NAMES[pool as RotationPool] ?? pool;

const monthName = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
const quarterName = (month: string) =>
  `${month.slice(0, 4)}年第${Math.ceil(Number(month.slice(5)) / 3)}季度`;

/**
 * What every part of the problem derives from the input: which sessions are still to decide,
 * the months, quarters and runs of normal days the rules range over, and how periods tag duties.
 */
interface BuildScope {
  input: BuildInput;
  w: RosterWeights;
  first: string;
  last: string;
  dayOf: Map<string, CalendarDay>;
  periodById: Map<string, PeriodInput>;
  /** Tags of every reception duty (normal days and each period), not on-call. */
  receptionTags: string[];
  /** The months decided here, in order. */
  free: string[];
  isFree: (date: string, code: DutyCode) => boolean;
  /** A minimum over [from, to] cannot be judged while the range reaches a month not planned. */
  reachesOpen: (from: string, to: string) => boolean;
  /** Soft cover for months planned only alongside, the later the cheaper to leave open. */
  forecast: (date: string) => { underWeight?: number };
  /** The people a period lets sit a duty, when it restricts duties to ranks. */
  ranked: (period: PeriodInput | undefined, code: DutyCode) => { people?: string[] };
}

function scopeOf(input: BuildInput): BuildScope {
  const { days } = input;
  const w = input.rules.weights;
  const freeMonths = new Set(input.freeMonths);
  const forecastRank = new Map([...(input.forecastMonths ?? [])].sort().map((m, i) => [m, i]));
  const open = new Set(input.openMonths ?? []);
  return {
    input,
    w,
    first: days[0].date,
    last: days[days.length - 1].date,
    dayOf: new Map(days.map((d) => [d.date, d])),
    periodById: new Map(input.periods.map((p) => [p.id, p])),
    receptionTags: [NORMAL_TAG, ...input.periods.map((p) => periodTag(p.id))],
    free: [...freeMonths].sort(),
    isFree: (date, code) => freeMonths.has(date.slice(0, 7)) && !input.begun(date, code),
    reachesOpen: (from, to) =>
      [...open].some((m) => monthBounds(m).from <= to && monthBounds(m).to >= from),
    forecast: (date) => {
      const rank = forecastRank.get(date.slice(0, 7));
      return rank === undefined ? {} : { underWeight: w.forecastCover - rank * w.forecastStep };
    },
    ranked: (period, code) => {
      const ranks = period?.sessionRanks[code];
      if (!ranks || ranks.length === 0) return {};
      return { people: input.leaders.filter((l) => ranks.includes(l.rank)).map((l) => l.id) };
    },
  };
}

/** The sessions still to decide, and on-call days of periods that have an on-call leader. */
function coverOf(scope: BuildScope): Cover[] {
  const { input, periodById, isFree, ranked, forecast } = scope;
  const cover: Cover[] = [];
  for (const day of input.days) {
    const period = periodById.get(day.periods.find((p) => p.needsReception)?.id ?? '');
    for (const { session, required } of coverForDay(day, input.rules)) {
      if (!isFree(day.date, session)) continue;
      cover.push({
        date: day.date,
        shift: session,
        required,
        tag: dutyTag(day, session),
        ...ranked(period, session),
        ...forecast(day.date),
      });
    }
    // A period's on-call leader stands by on every day of it, excluded dates included.
    const onCall = periodById.get(day.periods.find((p) => p.onCallLeader)?.id ?? '');
    if (onCall && isFree(day.date, 'CALL')) {
      cover.push({
        date: day.date,
        shift: 'CALL',
        required: 1,
        tag: onCallTag(onCall.id),
        ...ranked(onCall, 'CALL'),
        ...forecast(day.date),
      });
    }
  }
  return cover;
}

/** A leader's monthly, quarterly and period quotas as range rules. */
function rangeLimitsOf(scope: BuildScope, leader: RosterLeaderInput): RangeLimit[] {
  const { input, w, free, receptionTags, reachesOpen } = scope;
  const rangeLimits: RangeLimit[] = [];
  for (const month of free) {
    const { from, to } = monthBounds(month);
    const name = monthName(month);
    rangeLimits.push({ name, from, to, tags: [NORMAL_TAG], max: leader.maxPerMonth });
    if (leader.minPerMonth > 0)
      rangeLimits.push({
        name,
        from,
        to,
        tags: receptionTags,
        min: leader.minPerMonth,
        underWeight: w.underQuota,
      });
  }
  for (const q of new Set(free.map((m) => quarterMonths(m)[0]))) {
    const months = quarterMonths(q);
    const from = monthBounds(months[0]).from;
    const to = monthBounds(months[2]).to;
    const name = quarterName(q);
    if (leader.maxPerQuarter !== null)
      rangeLimits.push({ name, from, to, tags: [NORMAL_TAG], max: leader.maxPerQuarter });
    if (leader.minPerQuarter !== null && leader.minPerQuarter > 0 && !reachesOpen(from, to))
      rangeLimits.push({
        name,
        from,
        to,
        tags: receptionTags,
        min: leader.minPerQuarter,
        underWeight: w.underQuota,
      });
  }
  for (const p of input.periods) {
    rangeLimits.push({
      name: p.name,
      from: p.startDate,
      to: p.endDate,
      tags: [periodTag(p.id)],
      max: p.quotaPerLeader ?? leader.maxPerMonth,
    });
    if (p.onCallLeader && p.onCallQuotaPerLeader !== null)
      rangeLimits.push({
        name: `${p.name}值班`,
        from: p.startDate,
        to: p.endDate,
        tags: [onCallTag(p.id)],
        max: p.onCallQuotaPerLeader,
      });
  }
  return rangeLimits;
}

/**
 * Spacing: working days between duties outside reception periods, calendar days inside a period
 * that sets a spacing (the same for every leader).
 */
function spacingWindowsOf(scope: BuildScope): SlidingWindow[] {
  const { input, w, receptionTags } = scope;
  // Dates outside any reception period, as runs: the working-day spacing applies there.
  const normalRuns: Array<{ from: string; to: string }> = [];
  for (const d of input.days) {
    if (d.periods.some((p) => p.needsReception)) continue;
    const run = normalRuns.at(-1);
    if (run && addDays(run.to, 1) === d.date) run.to = d.date;
    else normalRuns.push({ from: d.date, to: d.date });
  }
  return [
    ...normalRuns.map((r) => ({
      days: input.rules.spacingWorkingDays,
      max: 1,
      workingDaysOnly: true,
      weight: w.spacing,
      from: r.from,
      to: r.to,
      tags: receptionTags,
    })),
    ...input.periods
      .filter((p) => p.spacingDays > 1)
      .map((p) => ({
        days: p.spacingDays,
        max: 1,
        weight: w.spacing,
        from: p.startDate,
        to: p.endDate,
        tags: receptionTags,
      })),
  ];
}

/** The first days of periods this leader opens, when they are decided here. */
function mustSitOf(scope: BuildScope, leader: RosterLeaderInput): MustSit[] {
  const { input, dayOf, free, w } = scope;
  return input.periods
    .filter((p) => p.firstDayLeaderId === leader.id && dayOf.has(p.startDate))
    .filter((p) => coverForDay(dayOf.get(p.startDate)!, input.rules).length > 0)
    .filter((p) => free.includes(p.startDate.slice(0, 7)))
    .map((p) => ({
      date: p.startDate,
      name: `${p.name}首日由${leader.name}坐班`,
      weight: w.firstDay,
    }));
}

/** Fairness over the months decided here: the target and what the leader carries in. */
function fairnessOf(scope: BuildScope, leader: RosterLeaderInput): Person['fairness'] {
  const { input, free, w } = scope;
  if (free.length === 0) return undefined;
  const spanMonths = input.days
    .map((d) => d.date.slice(0, 7))
    .filter((m, i, all) => all.indexOf(m) === i && m >= free[0] && m <= free[free.length - 1]);
  return {
    target: spanMonths.length * leader.minPerMonth,
    carried: leader.carried,
    weight: w.fairness,
    from: monthBounds(free[0]).from,
    to: monthBounds(free[free.length - 1]).to,
  };
}

function personOf(scope: BuildScope, leader: RosterLeaderInput, spacing: SlidingWindow[]): Person {
  const { input, w } = scope;
  const own = input.availability.filter((a) => a.leaderId === leader.id);
  const unavailable = own
    .filter((a) => a.kind === 'unavailable')
    .map((a) => (a.session ? { date: a.date, shift: a.session } : { date: a.date }));
  for (const day of input.days) {
    if (day.date < leader.activeFrom || (leader.activeTo !== null && day.date > leader.activeTo))
      unavailable.push({ date: day.date });
  }
  const requests = own
    .filter((a) => a.kind !== 'unavailable')
    .map((a) => ({
      date: a.date,
      ...(a.session ? { shift: a.session } : {}),
      on: a.kind === 'preferred',
      weight: w.preference,
    }));
  const mustSit = mustSitOf(scope, leader);
  const fairness = fairnessOf(scope, leader);
  return {
    id: leader.id,
    name: leader.name,
    pools: [poolName(leader.pool)],
    maxPerDay: 1,
    rangeLimits: rangeLimitsOf(scope, leader),
    windows: spacing,
    unavailable,
    requests,
    ...(fairness ? { fairness } : {}),
    ...(mustSit.length > 0 ? { mustSit } : {}),
  };
}

/** A period's pool quotas, over the whole period when the horizon holds it, else its share. */
function poolQuotasOf(scope: BuildScope): PoolQuota[] {
  const { input, first, last, w, reachesOpen } = scope;
  return input.periods.flatMap((p) => {
    if (reachesOpen(p.startDate, p.endDate)) return [];
    const from = p.startDate < first ? first : p.startDate;
    const to = p.endDate > last ? last : p.endDate;
    const share = (dayDiff(from, to) + 1) / (dayDiff(p.startDate, p.endDate) + 1);
    return Object.entries(p.poolQuotas)
      .filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0)
      .map(([pool, n]) => ({
        pool: poolName(pool),
        from,
        to,
        tags: [periodTag(p.id)],
        min: Math.round(n * share),
        weight: w.underQuota,
      }))
      .filter((q) => q.min > 0);
  });
}

export function buildRosterProblem(input: BuildInput): Problem {
  const scope = scopeOf(input);
  const { dayOf, isFree } = scope;
  const cover = coverOf(scope);
  const fixed: FixedAssignment[] = input.fixed
    .filter((d) => dayOf.has(d.date))
    .map((d) => ({
      date: d.date,
      shift: d.session,
      personId: d.leaderId,
      tag: dutyTag(dayOf.get(d.date)!, d.session),
    }));
  const onCallUsed = [...cover, ...fixed].some((c) => c.shift === 'CALL');
  const spacing = spacingWindowsOf(scope);
  const people = input.leaders.map((leader) => personOf(scope, leader, spacing));
  // Leaders who left but have duties in the horizon: their duties still count (pool quotas).
  for (const f of fixed) {
    if (people.some((p) => p.id === f.personId)) continue;
    people.push({
      id: f.personId,
      pools: [],
      unavailable: input.days.map((d) => ({ date: d.date })),
    });
  }
  const poolQuotas = poolQuotasOf(scope);

  const freeDuty = (d: Duty) => dayOf.has(d.date) && isFree(d.date, d.session);
  const toAssignment = (d: Duty) => ({ date: d.date, shift: d.session, personId: d.leaderId });
  return {
    name: `roster ${input.month}`,
    days: input.days.map((d) => ({ date: d.date, weekend: d.weekday >= 6, working: d.working })),
    shiftTypes: [
      ...input.sessions.map((s) => ({
        id: s.code,
        name: DUTY_NAMES[s.code],
        minutes: s.minutes,
        start: s.start,
      })),
      ...(onCallUsed ? [{ id: 'CALL', name: DUTY_NAMES.CALL, minutes: 1440, start: '00:00' }] : []),
    ],
    cover,
    people,
    pins: input.pins.filter(freeDuty).map(toAssignment),
    ...(fixed.length > 0 ? { fixed } : {}),
    ...(poolQuotas.length > 0 ? { poolQuotas } : {}),
    ...(input.previous
      ? {
          // Fixed duties are unchanged by definition: listing them keeps them off the change count.
          previous: {
            assignments: [
              ...input.previous.filter(freeDuty).map(toAssignment),
              ...fixed.map(({ date, shift, personId }) => ({ date, shift, personId })),
            ],
            changeWeight: input.rules.weights.change,
          },
        }
      : {}),
  };
}
