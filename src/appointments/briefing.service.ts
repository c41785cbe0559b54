import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Between, In, type Repository } from 'typeorm';
import { assertUnitAccess, AuditService, type AuthUser } from '../auth/index.js';
import { AppError, forbidden } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { DepartmentsService, LeadersService } from '../org/index.js';
import { Appointment } from './appointment.entity.js';
import { CasePetitioner } from './case-petitioner.entity.js';
import type { RequestContext } from './cases.service.js';
import { maskName } from './pii/masking.js';
import { PiiCrypto } from './pii/pii-crypto.js';
import { PriorityCase } from './priority-case.entity.js';
import { ReceptionsService } from './receptions.service.js';
import { WalkInsService } from './walk-ins/walk-ins.service.js';

/** How far ahead the briefing looks. */
const AHEAD_DAYS = 31;

export interface BriefingCase {
  appointmentId: string;
  caseId: string;
  reference: string;
  subjectCode: string;
  risk: string;
  groupSize: number;
  slotStart: string | null;
  slotEnd: string | null;
  summary: string;
  locality: string | null;
  /** 包案: the leader who carried the case before (continuity), by name. */
  previousLeaderName: string | null;
  /** Earlier receptions of the case and walk-ins of its petitioners: date, leader, outcome. */
  history: Array<{ date: string; leaderName: string; outcome: string; reference?: string }>;
  departments: string[];
  /** Names only, masked until the session day (then in full on an audited read). */
  petitioners: string[];
}

export interface BriefingSession {
  date: string;
  session: 'AM' | 'PM';
  /** Today is the session day: names may be revealed (audited). */
  sessionDay: boolean;
  revealed: boolean;
  cases: BriefingCase[];
}

/**
 * The leader's briefing (接访前情况简介) for each upcoming session: the appointments booked on it,
 * each case's summary, history, 包案 record and attending departments. Petitioners' names stay
 * masked until the session day; that day the leader (or a screening body) may read them in full,
 * each read in the audit log. The briefing is read here only: feeds and reminders keep case
 * references (session-appointments.ts), never this content.
 */
@Injectable()
export class BriefingService {
  constructor(
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
    @InjectRepository(PriorityCase) private readonly cases: Repository<PriorityCase>,
    @InjectRepository(CasePetitioner) private readonly petitioners: Repository<CasePetitioner>,
    private readonly receptions: ReceptionsService,
    private readonly walkIns: WalkInsService,
    private readonly leaders: LeadersService,
    private readonly departments: DepartmentsService,
    private readonly crypto: PiiCrypto,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async forLeader(
    user: AuthUser,
    leaderId: string,
    q: { date?: string; reveal: boolean },
    ctx: RequestContext,
  ): Promise<{ leaderId: string; leaderName: string; sessions: BriefingSession[] }> {
    const leader = await this.leaders.get(user, leaderId);
    const today = this.clock.today();
    const { from, to } = briefingWindow(user, leader, q, today);
    const booked = await this.appointments.find({
      where: { leaderId, status: 'scheduled', date: Between(from, to) },
      order: { date: 'ASC', session: 'ASC', slotStart: 'ASC' },
    });
    const facts = await this.factsFor(user, leader.unitId, booked);
    const sessions = new Map<string, BriefingSession>();
    for (const a of booked) {
      const c = facts.cases.get(a.caseId)!;
      // Restricted cases are never booked; this is a second lock on the door.
      if (c.routing === 'restricted') continue;
      const key = `${a.date}|${a.session}`;
      const sessionDay = a.date === today;
      const revealed = q.reveal && sessionDay;
      let s = sessions.get(key);
      if (!s) {
        s = { date: a.date, session: a.session, sessionDay, revealed, cases: [] };
        sessions.set(key, s);
      }
      const own = facts.petitioners.filter((p) => p.caseId === c.id);
      const people = own.map((p) => this.crypto.decrypt(p.nameEnc));
      s.cases.push({
        appointmentId: a.id,
        caseId: c.id,
        reference: c.reference,
        subjectCode: c.subjectCode,
        risk: c.risk,
        groupSize: c.groupSize,
        slotStart: a.slotStart,
        slotEnd: a.slotEnd,
        summary: c.summary,
        locality: c.locality,
        previousLeaderName: c.previousLeaderId
          ? (facts.leaderNames.get(c.previousLeaderId) ?? null)
          : null,
        history: await this.historyOf(user, leader.unitId, c.id, own, facts.leaderNames),
        departments: [...new Set([...c.departmentIds, ...a.departmentIds])].map(
          (id) => facts.departmentNames.get(id) ?? id,
        ),
        petitioners: revealed ? people : people.map(maskName),
      });
      if (revealed) await this.auditReveal(user, c, people.length, ctx);
    }
    return { leaderId, leaderName: leader.name, sessions: [...sessions.values()] };
  }

  /** The booked cases, their petitioners, and the unit's leader and department names. */
  private async factsFor(user: AuthUser, unitId: string, booked: Appointment[]) {
    const caseRows = booked.length
      ? await this.cases.find({ where: { id: In(booked.map((a) => a.caseId)) } })
      : [];
    const petitioners = caseRows.length
      ? await this.petitioners.find({
          where: { caseId: In(caseRows.map((c) => c.id)) },
          order: { position: 'ASC' },
        })
      : [];
    const [leaders, departments] = await Promise.all([
      this.leaders.forUnit(unitId),
      this.departments.list(user, unitId, true),
    ]);
    return {
      cases: new Map(caseRows.map((c) => [c.id, c])),
      petitioners,
      leaderNames: new Map(leaders.map((l) => [l.id, l.name])),
      departmentNames: new Map(departments.map((d) => [d.id, d.name])),
    };
  }

  /** Earlier receptions of the case and walk-ins of its petitioners, oldest first. */
  private async historyOf(
    user: AuthUser,
    unitId: string,
    caseId: string,
    petitioners: CasePetitioner[],
    leaderNames: Map<string, string>,
  ): Promise<BriefingCase['history']> {
    const receptions = await this.receptions.list(user, unitId, { caseId, limit: 20, offset: 0 });
    const visits = await this.walkIns.visitsOf(
      unitId,
      petitioners.map((p) => p.idNumberHmac),
    );
    return [
      ...receptions.items.map((r) => ({
        date: r.date,
        leaderName: r.leaderName,
        outcome: OUTCOMES[r.outcome] ?? r.outcome,
      })),
      ...visits.map((w) => ({
        date: w.date,
        leaderName: leaderNames.get(w.leaderId) ?? '',
        outcome: `来访 ${OUTCOMES[w.outcome] ?? w.outcome}`,
        reference: w.reference,
      })),
    ].sort((x, y) => x.date.localeCompare(y.date));
  }

  private async auditReveal(user: AuthUser, c: PriorityCase, people: number, ctx: RequestContext) {
    await this.audit.record({
      user,
      action: 'pii.read',
      entityType: 'priority_case',
      entityId: c.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { reference: c.reference, fields: ['name'], via: 'briefing', petitioners: people },
    });
  }
}

const OUTCOMES: Record<string, string> = {
  resolved: '当场化解',
  assigned: '交办',
  transferred: '转送',
  other: '其他',
};

/**
 * Who may read whose briefing, and for which days: a leader only their own, never a department;
 * names in full only on the session day and not for the office. From today on, 31 days ahead
 * unless one date is asked.
 */
function briefingWindow(
  user: AuthUser,
  leader: { id: string; unitId: string },
  q: { date?: string; reveal: boolean },
  today: string,
): { from: string; to: string } {
  assertUnitAccess(user, leader.unitId);
  if (user.role === 'leader' && user.leaderId !== leader.id) {
    throw forbidden('只能查看本人的接访简介');
  }
  if (user.role === 'department') throw forbidden();
  if (q.reveal) {
    if (user.role === 'office') throw forbidden('当前角色无权查看完整的个人信息');
    if (q.date !== today) {
      throw new AppError('NOT_SESSION_DAY', undefined, { field: 'reveal' });
    }
  }
  const from = q.date ?? today;
  const to = q.date ?? DateTime.fromISO(today).plus({ days: AHEAD_DAYS }).toISODate()!;
  if (from < today) throw new AppError('SESSION_PAST', undefined, { field: 'date' });
  return { from, to };
}
