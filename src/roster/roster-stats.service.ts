import { Injectable } from '@nestjs/common';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { LeadersService } from '../org/index.js';
import { verify } from '../solver/index.js';
import { RosterInputsService } from './roster-inputs.service.js';
import { RostersService } from './rosters.service.js';
import { chinaDate } from '../common/clock.js';
import type { RosterStatus } from './roster.entity.js';

export interface LeaderFigures {
  leaderId: string;
  code: string;
  name: string;
  quota: { minPerMonth: number; maxPerMonth: number; maxPerQuarter: number | null };
  months: Array<{ month: string; planned: number; sat: number }>;
  year: { planned: number; sat: number };
}

export interface MonthFigures {
  month: string;
  status: RosterStatus;
  publishedVersion: number;
  sessionsRequired: number;
  sessionsCovered: number;
  preferencesHonoured: number;
  preferencesTotal: number;
  spacingBreaks: number;
}

/**
 * 坐班天数 for the annual report: per leader sessions planned (published, else draft) and sat
 * (published sessions already past) per month and year, against quota; per month cover met,
 * preferences honoured and spacing breaks, recomputed by the solver's verifier.
 */
@Injectable()
export class RosterStatsService {
  constructor(
    private readonly rosters: RostersService,
    private readonly inputs: RosterInputsService,
    private readonly leaders: LeadersService,
  ) {}

  async year(user: AuthUser, unitId: string, year: number) {
    assertUnitAccess(user, unitId);
    const today = chinaDate(new Date());
    const rosters = (await this.rosters.list(user, unitId)).filter((r) =>
      r.month.startsWith(`${year}-`),
    );
    const leaders = await this.leaders.forUnit(unitId);
    const planned = new Map<string, Map<string, number>>();
    const sat = new Map<string, Map<string, number>>();
    const add = (m: Map<string, Map<string, number>>, month: string, leaderId: string) => {
      const inner = m.get(leaderId) ?? new Map<string, number>();
      inner.set(month, (inner.get(month) ?? 0) + 1);
      m.set(leaderId, inner);
    };
    const months: MonthFigures[] = [];
    for (const roster of [...rosters].sort((a, b) => a.month.localeCompare(b.month))) {
      const version =
        roster.publishedVersion > 0
          ? await this.rosters.publishedVersion(roster.id, roster.publishedVersion)
          : null;
      const duties = version ? version.duties : await this.rosters.assignmentsOf(roster.id);
      for (const d of duties) {
        add(planned, roster.month, d.leaderId);
        if (version && d.date < today) add(sat, roster.month, d.leaderId);
      }
      // The month as it stands, every session of it, with the months around as facts.
      const { problem } = await this.inputs.rangeContext(unitId, roster.month, roster.month);
      const assignments = duties.map((d) => ({
        date: d.date,
        shift: d.session,
        personId: d.leaderId,
      }));
      const check = verify(problem, assignments);
      const inMonth = (date?: string) => date?.startsWith(`${roster.month}-`) ?? false;
      const count = new Map<string, number>();
      for (const a of assignments)
        count.set(`${a.date}|${a.shift}`, (count.get(`${a.date}|${a.shift}`) ?? 0) + 1);
      const requests = problem.people
        .flatMap((p) => p.requests ?? [])
        .filter((r) => inMonth(r.date));
      const unmet = check.softViolations.filter(
        (v) => v.rule === 'request' && inMonth(v.date),
      ).length;
      months.push({
        month: roster.month,
        status: roster.status,
        publishedVersion: roster.publishedVersion,
        sessionsRequired: problem.cover
          .filter((c) => inMonth(c.date))
          .reduce((s, c) => s + c.required, 0),
        sessionsCovered: problem.cover
          .filter((c) => inMonth(c.date))
          .reduce((s, c) => s + Math.min(c.required, count.get(`${c.date}|${c.shift}`) ?? 0), 0),
        preferencesHonoured: requests.length - unmet,
        preferencesTotal: requests.length,
        spacingBreaks: check.softViolations.filter((v) => v.rule === 'window' && inMonth(v.date))
          .length,
      });
    }
    const perLeader: LeaderFigures[] = leaders.map((l) => {
      const mine = months.map((m) => ({
        month: m.month,
        planned: planned.get(l.id)?.get(m.month) ?? 0,
        sat: sat.get(l.id)?.get(m.month) ?? 0,
      }));
      return {
        leaderId: l.id,
        code: l.code,
        name: l.name,
        quota: {
          minPerMonth: l.minSessionsPerMonth,
          maxPerMonth: l.maxSessionsPerMonth,
          maxPerQuarter: l.maxSessionsPerQuarter,
        },
        months: mine,
        year: {
          planned: mine.reduce((s, m) => s + m.planned, 0),
          sat: mine.reduce((s, m) => s + m.sat, 0),
        },
      };
    });
    return { year, leaders: perLeader, months };
  }
}
