import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { InjectConfig } from '../config/index.js';
import { AppError } from '../common/app-error.js';
import { DepartmentsService, LeadersService } from '../org/index.js';
import { isReception, RostersService } from '../roster/index.js';
import {
  type MatchSession,
  solveMatching,
  type UnmatchedReason,
} from '../solver/matching/index.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentSync } from './appointment-sync.js';
import { appointmentView, type AppointmentView } from './appointment-view.js';
import { CasesService } from './cases.service.js';
import { invitedDepartments, toMatchCase } from './eligibility.js';
import type { MatchNote, PriorityCase } from './priority-case.entity.js';
import type { AppointmentsConfig } from './appointments.config.js';
import { CHINA_ZONE } from '../common/clock.js';

export const sessionKey = (d: { date: string; session: string; leaderId: string }) =>
  `${d.date}|${d.session}|${d.leaderId}`;

export interface MatchOutcome {
  month: string;
  status: string;
  objective: number;
  seconds: number;
  capacityPerSession: number;
  proposals: AppointmentView[];
  unmatched: Array<{
    caseId: string;
    caseReference: string;
    reason: UnmatchedReason;
    message: string;
  }>;
}

/**
 * Proposes, for every waiting case of a unit, a leader and one of that leader's published sessions
 * in the month, by an optimal assignment (src/solver/matching); explains every case left over.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: AppointmentsConfig,
    private readonly cases: CasesService,
    private readonly leaders: LeadersService,
    private readonly departments: DepartmentsService,
    private readonly rosters: RostersService,
    private readonly sync: AppointmentSync,
  ) {}

  get capacity(): number {
    return this.config.APPOINTMENTS_PER_SESSION;
  }

  /** Scheduled appointments per session key in a date range (they use up capacity). */
  async booked(tx: EntityManager, unitId: string, from: string, to: string, except?: string) {
    const rows = await tx
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where('a.unit_id = :unitId', { unitId })
      .andWhere('a.date BETWEEN :from AND :to', { from, to })
      .andWhere("a.status = 'scheduled'")
      .andWhere(except ? 'a.id <> :except' : '1=1', { except })
      .getMany();
    const used = new Map<string, Appointment[]>();
    for (const a of rows) used.set(sessionKey(a), [...(used.get(sessionKey(a)) ?? []), a]);
    return used;
  }

  async match(user: AuthUser, unitId: string, month: string): Promise<MatchOutcome> {
    assertUnitAccess(user, unitId);
    const start = DateTime.fromISO(`${month}-01`, { zone: CHINA_ZONE });
    const from = start.toISODate()!;
    const to = start.endOf('month').toISODate()!;
    const [published, cases, leaders, departments] = await Promise.all([
      this.rosters.publishedDuties(unitId, from, to),
      this.cases.matchable(unitId),
      this.leaders.forUnit(unitId),
      this.departments.list(user, unitId, false),
    ]);
    // Appointments are booked on reception sessions, never on a 24-hour on-call duty.
    const duties = published.filter(isReception);
    const used = await this.booked(this.db.manager, unitId, from, to);
    const sessions: MatchSession[] = duties.map((d) => ({
      id: sessionKey(d),
      leaderId: d.leaderId,
      date: d.date,
      capacity: this.capacity - (used.get(sessionKey(d))?.length ?? 0),
    }));
    const matchCases = cases.map((c) => toMatchCase(c, leaders, from));
    const result = await solveMatching({ cases: matchCases, sessions });
    if (result.status !== 'optimal') {
      throw new AppError('MATCHING_FAILED', { detail: result.message ?? '' });
    }
    const byId = new Map(cases.map((c) => [c.id, c]));
    const sessionById = new Map(duties.map((d) => [sessionKey(d), d]));
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(Appointment);
      // A new run replaces the open proposals of the cases it considers.
      if (cases.length) {
        const replaced = await repo.find({
          where: { caseId: In(cases.map((c) => c.id)), status: 'proposed' },
        });
        await repo.update(
          { caseId: In(cases.map((c) => c.id)), status: 'proposed' },
          { status: 'superseded' },
        );
        // A proposal moved from an earlier booking may still have a notice waiting to go out.
        for (const a of replaced) {
          a.status = 'superseded';
          await this.sync.proposalChanged(tx, a, byId.get(a.caseId)!, '约访已由新的匹配结果替代');
        }
      }
      const proposals: AppointmentView[] = [];
      for (const a of result.assignments) {
        const c = byId.get(a.caseId)!;
        const duty = sessionById.get(a.sessionId)!;
        const saved = await repo.save(
          repo.create({
            unitId,
            caseId: c.id,
            leaderId: duty.leaderId,
            date: duty.date,
            session: duty.session,
            slotStart: null,
            slotEnd: null,
            departmentIds: invitedDepartments(c, departments),
            status: 'proposed',
            month,
            score: a.weight,
            flagged: false,
            note: null,
          }),
        );
        await this.cases.transition(tx, c.id, 'proposed', { matchNote: null }, true);
        proposals.push(appointmentView(saved, c));
      }
      // Proposals are shown nowhere, but feeds are told of every change of appointments.
      await this.sync.sessionsChanged(tx, unitId, []);
      const unmatched: MatchOutcome['unmatched'] = [];
      for (const u of result.unmatched) {
        const c = byId.get(u.caseId)!;
        const note: MatchNote = {
          month,
          reason: u.reason,
          message: this.explain(u.reason, c, month),
        };
        await this.cases.transition(tx, c.id, 'pending', { matchNote: note }, true);
        unmatched.push({
          caseId: c.id,
          caseReference: c.reference,
          reason: u.reason,
          message: note.message,
        });
      }
      return {
        month,
        status: result.status,
        objective: result.objective,
        seconds: result.seconds,
        capacityPerSession: this.capacity,
        proposals: proposals.sort(
          (x, y) => x.date.localeCompare(y.date) || x.session.localeCompare(y.session),
        ),
        unmatched,
      };
    });
  }

  explain(reason: UnmatchedReason, c: PriorityCase, month: string): string {
    switch (reason) {
      case 'no_eligible_leader':
        return c.routing === 'politics_law'
          ? '涉法涉诉案件应由政法口领导接待，但没有分管政法的在任领导'
          : '没有分管该类信访事项的在任领导';
      case 'no_session_before_deadline':
        return `${month} 已发布的排班中，分管领导在约访截止日期 ${c.receiveBefore} 之前没有坐班场次`;
      case 'capacity_full':
        return `截止日期前分管领导的坐班场次已排满（每场最多 ${this.capacity} 件），已优先安排风险更高或更紧急的案件`;
    }
  }
}
