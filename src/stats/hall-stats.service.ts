import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ReceptionsService, WalkInsService } from '../appointments/index.js';
import { attendanceByLeaderMonth, AttendanceService } from '../attendance/index.js';
import type { AuthUser } from '../auth/index.js';
import { SpecialPeriodsService } from '../calendar/index.js';
import { Clock } from '../common/clock.js';
import { LeadersService, UnitsService } from '../org/index.js';
import { type HallFacts, hallFigures, reportSentence } from './hall-figures.js';

/** 90 days (60 + a 30-day extension) and a rest-day roll of up to a fortnight. */
const LOOK_BACK_DAYS = 105;

/** "市级" for a city, "区级" / "县级" for a county-level unit, from its name. */
export function levelWord(unitName: string): string {
  if (unitName.endsWith('区')) return '区级';
  if (unitName.endsWith('县')) return '县级';
  return '市级';
}

/**
 * The report the year ends with: figures per unit, month, leader and special period, read from
 * attendance, walk-ins and reception records through their services.
 */
@Injectable()
export class HallStatsService {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly walkIns: WalkInsService,
    private readonly receptions: ReceptionsService,
    private readonly periods: SpecialPeriodsService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly clock: Clock,
  ) {}

  async facts(unitId: string, from: string, to: string): Promise<HallFacts> {
    const [duties, walkIns, receptions] = await Promise.all([
      this.attendance.duties(unitId, from, to),
      this.walkIns.between(unitId, from, to),
      this.receptions.between(unitId, from, to),
    ]);
    return {
      duties,
      walkIns: walkIns.map((w) => ({
        id: w.id,
        date: w.date,
        session: w.session,
        leaderId: w.leaderId,
        caseLeaderId: w.caseLeaderId,
        persons: w.persons,
        status: w.status,
        dueDate: w.dueDate,
        closedOn: w.closedOn,
        satisfaction: w.satisfaction,
        duplicate: w.duplicateOfCaseId !== null || w.duplicateOfWalkInId !== null,
        demo: w.demo,
      })),
      receptions,
      today: this.clock.today(),
    };
  }

  /** The units below this one the caller may see (administrators: the counties of a city). */
  private async childUnits(user: AuthUser, parentId: string, from: string, to: string) {
    const children = (await this.units.listVisible(user)).filter((u) => u.parentId === parentId);
    const out = [];
    for (const child of children) {
      const lookBack = DateTime.fromISO(from).minus({ days: LOOK_BACK_DAYS }).toISODate()!;
      const facts = await this.facts(child.id, lookBack, to);
      out.push({ unitId: child.id, name: child.name, figures: hallFigures(facts, { from, to }) });
    }
    return out;
  }

  async year(user: AuthUser, unitId: string, year: number) {
    const unit = await this.units.get(user, unitId);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    // 按期办结率 counts deadlines falling in the year: matters received up to 90 days (an
    // extended deadline, plus a rest-day roll) before it are read too; every count filters by date.
    const lookBack = DateTime.fromISO(from).minus({ days: LOOK_BACK_DAYS }).toISODate()!;
    const facts = await this.facts(unitId, lookBack, to);
    const leaders = await this.leaders.forUnit(unitId);
    const periods = await this.periods.list(user, unitId, year);
    const level = levelWord(unit.name);
    const total = hallFigures(facts, { from, to });
    const months = Array.from({ length: 12 }, (_, i) => {
      const start = DateTime.fromObject({ year, month: i + 1, day: 1 });
      return {
        month: start.toFormat('yyyy-MM'),
        figures: hallFigures(facts, {
          from: start.toISODate()!,
          to: start.endOf('month').toISODate()!,
        }),
      };
    });
    const byPeriod = periods.map((p) => {
      const figures = hallFigures(facts, { from: p.startDate, to: p.endDate });
      return {
        id: p.id,
        name: p.name,
        startDate: p.startDate,
        endDate: p.endDate,
        figures,
        sentence: reportSentence(year, p.name, level, figures),
      };
    });
    const attendance = attendanceByLeaderMonth(facts.duties, leaders, year);
    const byLeader = leaders
      .map((l) => ({
        leaderId: l.id,
        code: l.code,
        name: l.name,
        title: l.title,
        figures: hallFigures(facts, { from, to, leaderId: l.id }),
        attendance: attendance.find((a) => a.leaderId === l.id)!.year,
      }))
      .filter((l) => l.attendance.planned > 0 || l.figures.batches > 0 || l.attendance.sat > 0);
    const demo = facts.duties.some((d) => d.demo) || facts.walkIns.some((w) => w.demo);
    return {
      unit: { id: unit.id, name: unit.name, issuingOffice: unit.issuingOffice },
      year,
      asOf: facts.today,
      demo,
      total,
      sentence: reportSentence(year, null, level, total),
      byUnit: [
        { unitId: unit.id, name: unit.name, figures: total },
        ...(await this.childUnits(user, unit.id, from, to)),
      ],
      byMonth: months,
      byPeriod,
      byLeader,
      attendance,
    };
  }
}
