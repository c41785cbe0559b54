import { Injectable } from '@nestjs/common';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { badRequest } from '../common/app-error.js';
import { SpecialPeriodsService } from '../calendar/index.js';
import { monthBounds } from '../common/dates.js';
import { LeadersService } from '../org/index.js';
import { findings, type Finding } from './findings.js';
import { monthsBetween, quarterMonths } from './record-window.js';
import { RosterInputsService } from './roster-inputs.service.js';
import { leaderQuota, periodHeading } from './roster-terms.js';
import type { RosterStatus } from './roster.entity.js';
import { RostersService } from './rosters.service.js';

/** Longest range one check may span. */
const MAX_CHECK_MONTHS = 12;

export interface CheckedMonth {
  month: string;
  rosterId: string;
  status: RosterStatus;
  publishedVersion: number;
  /** What the check counted for the month: its published version, or a draft not yet published. */
  source: 'published' | 'draft';
}

export interface RangeCheck {
  from: string;
  to: string;
  months: CheckedMonth[];
  errors: number;
  warnings: number;
  findings: Array<Finding & { month: string }>;
}

export interface LeaderYear {
  leaderId: string;
  code: string;
  name: string;
  quota: {
    minPerMonth: number;
    maxPerMonth: number;
    minPerQuarter: number | null;
    maxPerQuarter: number | null;
  };
  /** Per month: duties in the roster as it stands, and in its latest published version. */
  months: Array<{ month: string; planned: number; published: number; onCall: number }>;
  /** Per quarter: normal sessions (what the quarterly cap counts) and all reception sessions. */
  quarters: Array<{ quarter: number; normal: number; reception: number }>;
  /** Per special period: reception sessions against the period's quota, and on-call days. */
  periods: Array<{ periodId: string; planned: number; quota: number; onCall: number }>;
}

/**
 * The roster as a record over months: the rules checked across a range of months, and a year's
 * figures per leader and month against monthly, quarterly and period quotas.
 */
@Injectable()
export class RosterRecordService {
  constructor(
    private readonly inputs: RosterInputsService,
    private readonly rosters: RostersService,
    private readonly leaders: LeadersService,
    private readonly periods: SpecialPeriodsService,
  ) {}

  /**
   * Every hard and soft rule over the months from..to, published and draft, as one record: rules
   * whose window crosses a month (quarterly and period quotas, spacing) see all of it.
   */
  async check(user: AuthUser, unitId: string, from: string, to: string): Promise<RangeCheck> {
    assertUnitAccess(user, unitId);
    if (to < from) throw badRequest('to：结束月份不能早于开始月份', 'to');
    if (monthsBetween(`${from}-01`, `${to}-01`).length > MAX_CHECK_MONTHS)
      throw badRequest(`to：一次最多检查 ${MAX_CHECK_MONTHS} 个月`, 'to');
    return this.checkRange(unitId, from, to);
  }

  /** The same check without a caller (the notice refuses to print a month that fails it). */
  async checkRange(unitId: string, from: string, to: string): Promise<RangeCheck> {
    const ctx = await this.inputs.rangeContext(unitId, from, to);
    const months: CheckedMonth[] = ctx.rosters
      .map((r) => ({
        month: r.month,
        rosterId: r.id,
        status: r.status,
        publishedVersion: r.publishedVersion,
        source: r.status === 'published' ? ('published' as const) : ('draft' as const),
      }))
      .sort((a, b) => a.month.localeCompare(b.month));
    if (months.length === 0) return { from, to, months, errors: 0, warnings: 0, findings: [] };
    const names = new Map(ctx.leaders.map((l) => [l.id, l.name]));
    const assignments = ctx.duties.map((d) => ({
      date: d.date,
      shift: d.session,
      personId: d.leaderId,
    }));
    const start = monthBounds(from).from;
    const end = monthBounds(to).to;
    const found = findings(ctx.problem, assignments, names)
      .filter(
        (f) => f.date === undefined || f.to !== undefined || (f.date >= start && f.date <= end),
      )
      .map((f) => ({ ...f, month: (f.date ?? start).slice(0, 7) }));
    return {
      from,
      to,
      months,
      errors: found.filter((f) => f.severity === 'error').length,
      warnings: found.filter((f) => f.severity === 'warning').length,
      findings: found,
    };
  }

  /** Per leader and month: planned and published duties against their quotas, for a year. */
  async year(user: AuthUser, unitId: string, year: number) {
    assertUnitAccess(user, unitId);
    const rosters = (await this.rosters.list(user, unitId)).filter((r) =>
      r.month.startsWith(`${year}-`),
    );
    const [leaders, periods] = await Promise.all([
      this.leaders.forUnit(unitId),
      this.periods.overlapping(unitId, `${year}-01-01`, `${year}-12-31`),
    ]);
    const planned: Array<{ date: string; session: string; leaderId: string }> = [];
    const published: typeof planned = [];
    for (const r of rosters) {
      planned.push(...(await this.rosters.assignmentsOf(r.id)));
      if (r.publishedVersion > 0)
        published.push(
          ...((await this.rosters.publishedVersion(r.id, r.publishedVersion))?.duties ?? []),
        );
    }
    const periodOf = (date: string) =>
      periods.find(
        (p) => p.startDate <= date && date <= p.endDate && !p.excludedDates.includes(date),
      );
    const months = monthsBetween(`${year}-01-01`, `${year}-12-01`);
    const figures: LeaderYear[] = leaders.map((l) => {
      const mine = planned.filter((d) => d.leaderId === l.id);
      const reception = mine.filter((d) => d.session !== 'CALL');
      return {
        leaderId: l.id,
        code: l.code,
        name: l.name,
        quota: leaderQuota(l),
        months: months.map((m) => ({
          month: m,
          planned: reception.filter((d) => d.date.startsWith(m)).length,
          published: published.filter(
            (d) => d.leaderId === l.id && d.session !== 'CALL' && d.date.startsWith(m),
          ).length,
          onCall: mine.filter((d) => d.session === 'CALL' && d.date.startsWith(m)).length,
        })),
        quarters: [1, 2, 3, 4].map((q) => {
          const inQuarter = reception.filter((d) =>
            quarterMonths(`${year}-${String(q * 3).padStart(2, '0')}`).includes(d.date.slice(0, 7)),
          );
          return {
            quarter: q,
            normal: inQuarter.filter((d) => !periodOf(d.date)).length,
            reception: inQuarter.length,
          };
        }),
        periods: periods.map((p) => ({
          periodId: p.id,
          planned: reception.filter((d) => p.startDate <= d.date && d.date <= p.endDate).length,
          quota: p.quotaPerLeader ?? l.maxSessionsPerMonth,
          onCall: mine.filter(
            (d) => d.session === 'CALL' && p.startDate <= d.date && d.date <= p.endDate,
          ).length,
        })),
      };
    });
    return {
      year,
      months: months.map((m) => {
        const r = rosters.find((x) => x.month === m);
        return {
          month: m,
          rosterId: r?.id ?? null,
          status: r?.status ?? null,
          publishedVersion: r?.publishedVersion ?? 0,
        };
      }),
      periods: periods.map(periodHeading),
      leaders: figures,
    };
  }
}
