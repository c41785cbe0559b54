/**
 * Turns a unit's month (calendar, special periods, leaders, availability, history, pins) into a
 * solver Problem. Pure: no database, no Nest; the roster service gathers the inputs.
 */
import type { Assignment, Cover, Person, Problem } from '../solver/index.js';
import type { CalendarDay } from '../calendar/day-view.js';

export type SessionCode = 'AM' | 'PM';

export const SESSION_NAMES: Record<SessionCode, string> = { AM: '上午', PM: '下午' };

export interface RosterLeaderInput {
  id: string;
  name: string;
  pool: string;
  /** First and last date the leader may sit this month (active from/to clipped to the month). */
  activeFrom: string;
  activeTo: string;
  minPerMonth: number;
  maxPerMonth: number;
  /** Remaining sessions this quarter for quarterly leaders (null: no quarterly cap). */
  quarterRemaining: number | null;
  /** Sessions sat above (+) or below (-) the monthly minimum in earlier published months. */
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
  startDate: string;
  endDate: string;
  /** Most sessions one leader sits in the whole period (null: the monthly maximum). */
  quotaPerLeader: number | null;
  /** Sessions each rotation pool must supply during the period, e.g. {"npc": 2}. */
  poolQuotas: Partial<Record<string, number>>;
}

export interface SessionTemplateInput {
  code: SessionCode;
  minutes: number;
  start: string;
}

/** Soft-rule weights: integers, so objectives compare exactly. */
export interface RosterWeights {
  /** Per session a leader sits below their monthly minimum. */
  underQuota: number;
  /** Per session above one in any window of `spacingWorkingDays` working days. */
  spacing: number;
  /** Per honoured-or-not preferred/avoided date. */
  preference: number;
  /** Per session away from the fair share given earlier months. */
  fairness: number;
  /** Per assignment changed against the published roster when amending. */
  change: number;
}

export const DEFAULT_WEIGHTS: RosterWeights = {
  underQuota: 1000,
  spacing: 50,
  preference: 5,
  fairness: 10,
  change: 200,
};

export interface RosterRules {
  /** Sessions covered on a normal working day, and how many leaders each needs. */
  normalSessions: SessionCode[];
  normalLeadersPerSession: number;
  spacingWorkingDays: number;
  weights: RosterWeights;
}

export interface BuildInput {
  month: string;
  days: CalendarDay[];
  sessions: SessionTemplateInput[];
  leaders: RosterLeaderInput[];
  availability: AvailabilityInput[];
  periods: PeriodInput[];
  pins: Assignment[];
  /** The published roster being amended, if any. */
  previous?: Assignment[];
  rules: RosterRules;
}

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

function periodExtra(leader: RosterLeaderInput, periods: PeriodInput[], days: CalendarDay[]) {
  // Special periods raise the month's cap: each period overlapping the month adds its per-leader
  // quota (or another month's worth) on top of the normal maximum.
  const inMonth = new Set(days.map((d) => d.date));
  let extra = 0;
  for (const p of periods) {
    const overlaps = days.some(
      (d) => inMonth.has(d.date) && p.startDate <= d.date && d.date <= p.endDate,
    );
    if (overlaps) extra += p.quotaPerLeader ?? leader.maxPerMonth;
  }
  return extra;
}

/** The part of a period inside the month, and its share of the period's days. */
function periodInMonth(p: PeriodInput, days: CalendarDay[]) {
  const inside = days.filter((d) => p.startDate <= d.date && d.date <= p.endDate);
  if (inside.length === 0) return undefined;
  const periodDays =
    (Date.parse(`${p.endDate}T00:00:00Z`) - Date.parse(`${p.startDate}T00:00:00Z`)) / 86_400_000 +
    1;
  return {
    from: inside[0].date,
    to: inside[inside.length - 1].date,
    share: inside.length / periodDays,
  };
}

export function buildRosterProblem(input: BuildInput): Problem {
  const { rules } = input;
  const cover: Cover[] = [];
  for (const day of input.days) {
    for (const { session, required } of coverForDay(day, rules)) {
      cover.push({ date: day.date, shift: session, required });
    }
  }
  const people: Person[] = input.leaders.map((leader) => {
    const own = input.availability.filter((a) => a.leaderId === leader.id);
    const unavailable = own
      .filter((a) => a.kind === 'unavailable')
      .map((a) => (a.session ? { date: a.date, shift: a.session } : { date: a.date }));
    for (const day of input.days) {
      if (day.date < leader.activeFrom || day.date > leader.activeTo) {
        unavailable.push({ date: day.date });
      }
    }
    const requests = own
      .filter((a) => a.kind !== 'unavailable')
      .map((a) => ({
        date: a.date,
        ...(a.session ? { shift: a.session } : {}),
        on: a.kind === 'preferred',
        weight: rules.weights.preference,
      }));
    let maxTotal = leader.maxPerMonth + periodExtra(leader, input.periods, input.days);
    if (leader.quarterRemaining !== null) maxTotal = Math.min(maxTotal, leader.quarterRemaining);
    maxTotal = Math.max(0, maxTotal);
    const minTotal = Math.min(leader.minPerMonth, maxTotal);
    // A period's per-leader quota caps the leader's sessions inside the period (hard).
    const rangeLimits = input.periods.flatMap((p) => {
      const part = periodInMonth(p, input.days);
      return part && p.quotaPerLeader !== null
        ? [{ from: part.from, to: part.to, max: p.quotaPerLeader }]
        : [];
    });
    return {
      id: leader.id,
      name: leader.name,
      pools: [leader.pool],
      minTotal,
      totalUnderWeight: rules.weights.underQuota,
      maxTotal,
      maxPerDay: 1,
      windows: [
        {
          days: rules.spacingWorkingDays,
          max: 1,
          workingDaysOnly: true,
          weight: rules.weights.spacing,
        },
      ],
      unavailable,
      requests,
      fairness: { target: minTotal, carried: leader.carried, weight: rules.weights.fairness },
      ...(rangeLimits.length > 0 ? { rangeLimits } : {}),
    };
  });
  // A period's pool quotas: each pool supplies its sessions; a period spanning two months asks
  // each month for its share. Soft at the price of a missed quota, so a pool that cannot
  // supply them shows as a warning rather than an impossible month.
  const poolQuotas = input.periods.flatMap((p) => {
    const part = periodInMonth(p, input.days);
    if (!part) return [];
    return Object.entries(p.poolQuotas)
      .filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0)
      .map(([pool, n]) => ({
        pool,
        from: part.from,
        to: part.to,
        min: Math.round(n * part.share),
        weight: rules.weights.underQuota,
      }))
      .filter((q) => q.min > 0);
  });
  return {
    name: `roster ${input.month}`,
    days: input.days.map((d) => ({
      date: d.date,
      weekend: d.weekday >= 6,
      working: d.working,
    })),
    shiftTypes: input.sessions.map((s) => ({
      id: s.code,
      name: SESSION_NAMES[s.code],
      minutes: s.minutes,
      start: s.start,
    })),
    cover,
    people,
    pins: input.pins,
    ...(poolQuotas.length > 0 ? { poolQuotas } : {}),
    ...(input.previous
      ? { previous: { assignments: input.previous, changeWeight: rules.weights.change } }
      : {}),
  };
}
