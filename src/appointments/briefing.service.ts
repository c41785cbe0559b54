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
    assertUnitAccess(user, leader.unitId);
    if (user.role === 'leader' && user.leaderId !== leaderId) {
      throw forbidden('只能查看本人的接访简介');
    }
    if (user.role === 'department') throw forbidden();
    const today = this.clock.today();
    if (q.reveal) {
      if (user.role === 'office') throw forbidden('当前角色无权查看完整的个人信息');
      if (q.date !== today) {
        throw new AppError(
          409,
          'NOT_SESSION_DAY',
          'reveal：信访人姓名在接访当日才能查看',
          'reveal',
        );
      }
    }
    const from = q.date ?? today;
    const to = q.date ?? DateTime.fromISO(today).plus({ days: AHEAD_DAYS }).toISODate()!;
    if (from < today)
      throw new AppError(409, 'SESSION_PAST', 'date：只提供今天及以后场次的简介', 'date');
    const booked = await this.appointments.find({
      where: { leaderId, status: 'scheduled', date: Between(from, to) },
      order: { date: 'ASC', session: 'ASC', slotStart: 'ASC' },
    });
    const caseRows = booked.length
      ? await this.cases.find({ where: { id: In(booked.map((a) => a.caseId)) } })
      : [];
    const pets = caseRows.length
      ? await this.petitioners.find({
          where: { caseId: In(caseRows.map((c) => c.id)) },
          order: { position: 'ASC' },
        })
      : [];
    const names = new Map((await this.leaders.forUnit(leader.unitId)).map((l) => [l.id, l.name]));
    const depts = new Map(
      (await this.departments.list(user, leader.unitId, true)).map((d) => [d.id, d.name]),
    );
    const OUTCOMES: Record<string, string> = {
      resolved: '当场化解',
      assigned: '交办',
      transferred: '转送',
      other: '其他',
    };
    const sessions = new Map<string, BriefingSession>();
    for (const a of booked) {
      const c = caseRows.find((x) => x.id === a.caseId)!;
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
      const history = await this.receptions.list(user, leader.unitId, {
        caseId: c.id,
        limit: 20,
        offset: 0,
      });
      const own = pets.filter((p) => p.caseId === c.id);
      const people = own.map((p) => this.crypto.decrypt(p.nameEnc));
      const visits = await this.walkIns.visitsOf(
        leader.unitId,
        own.map((p) => p.idNumberHmac),
      );
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
        previousLeaderName: c.previousLeaderId ? (names.get(c.previousLeaderId) ?? null) : null,
        history: [
          ...history.items.map((r) => ({
            date: r.date,
            leaderName: r.leaderName,
            outcome: OUTCOMES[r.outcome] ?? r.outcome,
          })),
          ...visits.map((w) => ({
            date: w.date,
            leaderName: names.get(w.leaderId) ?? '',
            outcome: `来访 ${OUTCOMES[w.outcome] ?? w.outcome}`,
            reference: w.reference,
          })),
        ].sort((x, y) => x.date.localeCompare(y.date)),
        departments: [...new Set([...c.departmentIds, ...a.departmentIds])].map(
          (id) => depts.get(id) ?? id,
        ),
        petitioners: revealed ? people : people.map(maskName),
      });
      if (revealed) {
        await this.audit.record({
          user,
          action: 'pii.read',
          entityType: 'priority_case',
          entityId: c.id,
          ip: ctx.ip,
          requestId: ctx.requestId,
          detail: {
            reference: c.reference,
            fields: ['name'],
            via: 'briefing',
            petitioners: people.length,
          },
        });
      }
    }
    return { leaderId, leaderName: leader.name, sessions: [...sessions.values()] };
  }
}
