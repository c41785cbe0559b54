import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { AppError, notFound, versionConflict } from '../common/app-error.js';
import { LeadersService, sessionHours, UnitsService } from '../org/index.js';
import { isReception, RostersService } from '../roster/index.js';
import { Appointment, type AppointmentStatus } from './appointment.entity.js';
import { AppointmentSync } from './appointment-sync.js';
import { appointmentView, type AppointmentView, slotOf } from './appointment-view.js';
import { CasesService } from './cases.service.js';
import { eligibleLeaders } from './eligibility.js';
import { MatchingService, sessionKey } from './matching.service.js';
import { PriorityCase } from './priority-case.entity.js';
import { lockAppointmentWithCase } from './row-locks.js';

const STAFF = new Set(['admin', 'office', 'petition', 'politics']);

/** Review of proposals (accept / reassign / postpone) and the appointments that result. */
@Injectable()
export class AppointmentsService {
  constructor(
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly matching: MatchingService,
    private readonly leaders: LeadersService,
    private readonly units: UnitsService,
    private readonly rosters: RostersService,
    private readonly sync: AppointmentSync,
  ) {}

  async list(user: AuthUser, unitId: string, q: { month?: string; status?: AppointmentStatus }) {
    assertUnitAccess(user, unitId);
    const qb = this.appointments
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.priorityCase', PriorityCase, 'c', 'c.id = a.case_id')
      .where('a.unit_id = :unitId', { unitId })
      // Restricted cases never get appointments; this keeps it so even if data were wrong.
      .andWhere("c.routing <> 'restricted'");
    if (q.month) qb.andWhere('a.month = :month', { month: q.month });
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (user.role === 'leader') {
      qb.andWhere("a.leader_id = :leaderId AND a.status IN ('scheduled', 'received')", {
        leaderId: user.leaderId,
      });
    }
    if (user.role === 'department') {
      qb.andWhere(
        ":departmentId = ANY(a.department_ids) AND a.status IN ('scheduled', 'received')",
        {
          departmentId: user.departmentId,
        },
      );
    }
    const rows = await qb
      .orderBy('a.date', 'ASC')
      .addOrderBy('a.session', 'ASC')
      .addOrderBy('a.slot_start', 'ASC')
      .getMany();
    return rows.map((a) => appointmentView(a, a.priorityCase!));
  }

  async get(user: AuthUser, id: string): Promise<AppointmentView> {
    const a = await this.appointments.findOne({ where: { id } });
    if (!a) throw notFound('约访', id);
    assertUnitAccess(user, a.unitId);
    const mine =
      STAFF.has(user.role) ||
      (user.role === 'leader' &&
        a.leaderId === user.leaderId &&
        ['scheduled', 'received'].includes(a.status)) ||
      (user.role === 'department' &&
        a.departmentIds.includes(user.departmentId ?? '') &&
        ['scheduled', 'received'].includes(a.status));
    if (!mine) throw notFound('约访', id);
    const [c] = await this.cases.byIds([a.caseId]);
    if (c.routing === 'restricted') throw notFound('约访', id);
    return appointmentView(a, c);
  }

  /** Loads an appointment for a change, locked, checking unit, status and optimistic version. */
  private async forChange(
    tx: EntityManager,
    user: AuthUser,
    id: string,
    from: AppointmentStatus[],
    version?: number,
  ) {
    const locked = await lockAppointmentWithCase(tx, id);
    if (!locked) throw notFound('约访', id);
    const { a, c } = locked;
    assertUnitAccess(user, a.unitId);
    if (version !== undefined && version !== a.version) throw versionConflict();
    if (!from.includes(a.status)) {
      throw new AppError('INVALID_TRANSITION', `该约访当前状态为 ${a.status}，不能执行此操作`);
    }
    return { a, c };
  }

  /** Checks that a session is published, before the deadline, held by an eligible leader and not full. */
  private async assertSessionFits(
    tx: EntityManager,
    c: PriorityCase,
    target: { leaderId: string; date: string; session: 'AM' | 'PM' },
    except: string,
  ): Promise<number> {
    const duties = await this.rosters.publishedDuties(c.unitId, target.date, target.date);
    // Only a reception session holds appointments (an on-call duty never does).
    if (!duties.filter(isReception).some((d) => sessionKey(d) === sessionKey(target))) {
      throw new AppError(
        'NOT_A_PUBLISHED_SESSION',
        { date: target.date, half: target.session === 'AM' ? '上午' : '下午' },
        { field: 'date' },
      );
    }
    if (!c.receiveBefore || target.date >= c.receiveBefore) {
      throw new AppError('AFTER_DEADLINE', { deadline: c.receiveBefore ?? '' }, { field: 'date' });
    }
    const leaders = await this.leaders.forUnit(c.unitId);
    if (!eligibleLeaders(c, leaders).some((l) => l.id === target.leaderId)) {
      throw new AppError(
        'LEADER_NOT_ELIGIBLE',
        { politicsLaw: c.routing === 'politics_law' },
        { field: 'leaderId' },
      );
    }
    const used =
      (await this.matching.booked(tx, c.unitId, target.date, target.date, except)).get(
        sessionKey(target),
      ) ?? [];
    if (used.length >= this.matching.capacity) {
      throw new AppError(
        'SESSION_FULL',
        { capacity: this.matching.capacity },
        { field: 'session' },
      );
    }
    return used.length;
  }

  async accept(user: AuthUser, id: string, version?: number): Promise<AppointmentView> {
    return this.db.transaction(async (tx) => {
      const { a, c } = await this.forChange(tx, user, id, ['proposed'], version);
      await this.assertSessionFits(tx, c, a, a.id);
      const used =
        (await this.matching.booked(tx, c.unitId, a.date, a.date, a.id)).get(sessionKey(a)) ?? [];
      const unit = await this.units.byId(a.unitId);
      const template = sessionHours(unit, a.session);
      const taken = new Set(used.map((u) => u.slotStart));
      const n = this.matching.capacity;
      const index =
        [...Array(n).keys()].find(
          (k) => !taken.has(slotOf(template.start, template.end, n, k)[0]),
        ) ?? used.length;
      [a.slotStart, a.slotEnd] = slotOf(template.start, template.end, n, index);
      a.status = 'scheduled';
      a.flagged = false;
      const saved = await tx.getRepository(Appointment).save(a);
      await this.cases.transition(tx, c.id, 'scheduled');
      await this.sync.accepted(tx, saved, c);
      return appointmentView(saved, c);
    });
  }

  async reassign(
    user: AuthUser,
    id: string,
    body: { version?: number; leaderId: string; date: string; session: 'AM' | 'PM' },
  ): Promise<AppointmentView> {
    return this.db.transaction(async (tx) => {
      const { a, c } = await this.forChange(tx, user, id, ['proposed', 'scheduled'], body.version);
      await this.assertSessionFits(tx, c, body, a.id);
      const from = { date: a.date, session: a.session, leaderId: a.leaderId };
      const wasScheduled = a.status === 'scheduled';
      Object.assign(a, {
        leaderId: body.leaderId,
        date: body.date,
        session: body.session,
        slotStart: null,
        slotEnd: null,
        status: 'proposed',
        flagged: false,
        month: body.date.slice(0, 7),
      });
      const saved = await tx.getRepository(Appointment).save(a);
      await this.cases.transition(tx, c.id, 'proposed', {}, true);
      // A proposal is not shown anywhere; a booked appointment leaves its session.
      if (wasScheduled) await this.sync.withdrawn(tx, saved, c, from, '约访已改期');
      else {
        await this.sync.proposalChanged(tx, saved, c, '约访已改期');
        await this.sync.sessionsChanged(tx, a.unitId, []);
      }
      return appointmentView(saved, c);
    });
  }

  async postpone(
    user: AuthUser,
    id: string,
    body: { version?: number; reason: string },
  ): Promise<AppointmentView> {
    return this.db.transaction(async (tx) => {
      const { a, c } = await this.forChange(tx, user, id, ['proposed', 'scheduled'], body.version);
      const wasScheduled = a.status === 'scheduled';
      a.status = 'postponed';
      a.note = body.reason;
      const saved = await tx.getRepository(Appointment).save(a);
      await this.cases.transition(tx, c.id, 'pending');
      if (wasScheduled) await this.sync.withdrawn(tx, saved, c, saved, '约访已暂缓');
      else {
        await this.sync.proposalChanged(tx, saved, c, '约访已暂缓');
        await this.sync.sessionsChanged(tx, a.unitId, []);
      }
      return appointmentView(saved, c);
    });
  }
}
