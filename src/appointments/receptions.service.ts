import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { AttendanceService } from '../attendance/index.js';
import { AppError, badRequest, notFound } from '../common/app-error.js';
import { DepartmentsService, LeadersService, sessionHours, UnitsService } from '../org/index.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentSync } from './appointment-sync.js';
import { CasesService } from './cases.service.js';
import { type CaseStatus, PriorityCase } from './priority-case.entity.js';
import { ReceptionRecord, type ReceptionOutcome } from './reception-record.entity.js';
import { EXTENSION_DAYS, HANDLING_DAYS, HandlingDeadlines } from './handling-deadline.js';
import { lockAppointmentWithCase } from './row-locks.js';
import { chinaDate, chinaTime } from '../common/clock.js';

export interface ReceptionInput {
  persons: number;
  batches: number;
  outcome: ReceptionOutcome;
  handlingDepartmentId?: string | null;
  note?: string | null;
}

const addDays = (date: string, n: number) => DateTime.fromISO(date).plus({ days: n }).toISODate()!;

export interface ReceptionListQuery {
  month?: string;
  year?: number;
  caseId?: string;
  limit: number;
  offset: number;
}

/** A reception record as the hall figures count it. */
export interface ReceptionFact {
  id: string;
  leaderId: string;
  date: string;
  session: 'AM' | 'PM';
  persons: number;
  batches: number;
  outcome: ReceptionOutcome;
  dueDate: string | null;
  caseId: string;
  caseStatus: CaseStatus;
  /** The day the case was closed (办结), or null while open. */
  caseClosedOn: string | null;
}

/** 办理时限: none (resolved on the spot), running, overdue, or stopped (the case is closed). */
export type DeadlineState = 'none' | 'running' | 'overdue' | 'stopped';

/** A reception record as listed: case code and category, never petitioner data. */
export interface ReceptionRecordView {
  id: string;
  appointmentId: string;
  caseId: string;
  caseReference: string;
  caseStatus: CaseStatus;
  subjectCode: string;
  leaderId: string;
  leaderName: string;
  date: string;
  session: 'AM' | 'PM';
  slotStart: string | null;
  slotEnd: string | null;
  persons: number;
  batches: number;
  outcome: ReceptionOutcome;
  handlingDepartmentId: string | null;
  handlingDepartmentName: string | null;
  /** The deadline the clocks follow (rolled past a rest day when the unit rolls deadlines). */
  dueDate: string | null;
  /** The last day as counted (60 days, 90 extended), before any roll: kept and shown. */
  nominalDueDate: string | null;
  /** The counted last day was a weekend or holiday: dueDate is the next working day. */
  dueDateRolled: boolean;
  /** The statutory 60th day, as counted, before any extension. */
  originalDueDate: string | null;
  extended: boolean;
  extensionReason: string | null;
  deadline: DeadlineState;
  /** Days from today to the due date (negative when overdue); null without a running clock. */
  daysLeft: number | null;
  note: string | null;
  recordedAt: Date;
}

interface RecordRow {
  id: string;
  appointment_id: string;
  case_id: string;
  reference: string;
  case_status: CaseStatus;
  subject_code: string;
  leader_id: string;
  date: string;
  session: 'AM' | 'PM';
  slot_start: string | null;
  slot_end: string | null;
  persons: number;
  batches: number;
  outcome: ReceptionOutcome;
  handling_department_id: string | null;
  due_date: string | null;
  nominal_due_date: string | null;
  extension_reason: string | null;
  note: string | null;
  created_at: Date;
}

/** The 60th day as counted: the counted last day, less the extension when there was one. */
function counted(r: Pick<RecordRow, 'due_date' | 'nominal_due_date' | 'extension_reason'>) {
  const nominal = r.nominal_due_date ?? r.due_date;
  if (!nominal) return null;
  return r.extension_reason ? addDays(nominal, -EXTENSION_DAYS) : nominal;
}

export function deadlineOf(
  dueDate: string | null,
  caseStatus: CaseStatus,
  today: string,
): { deadline: DeadlineState; daysLeft: number | null } {
  if (!dueDate) return { deadline: 'none', daysLeft: null };
  if (caseStatus === 'closed') return { deadline: 'stopped', daysLeft: null };
  const daysLeft = DateTime.fromISO(dueDate).diff(DateTime.fromISO(today), 'days').days;
  return { deadline: daysLeft < 0 ? 'overdue' : 'running', daysLeft: Math.round(daysLeft) };
}

/** What happened at a reception, and the 批次 / 人次 figures for the annual report. */
@Injectable()
export class ReceptionsService {
  constructor(
    @InjectRepository(ReceptionRecord) private readonly records: Repository<ReceptionRecord>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly departments: DepartmentsService,
    private readonly leaders: LeadersService,
    private readonly units: UnitsService,
    private readonly sync: AppointmentSync,
    private readonly deadlines: HandlingDeadlines,
    private readonly attendance: AttendanceService,
  ) {}

  async record(
    user: AuthUser,
    appointmentId: string,
    input: ReceptionInput,
  ): Promise<ReceptionRecord> {
    const needsDepartment = input.outcome === 'assigned' || input.outcome === 'transferred';
    if (needsDepartment && !input.handlingDepartmentId) {
      throw badRequest('handlingDepartmentId：交办或转送须指定承办部门', 'handlingDepartmentId');
    }
    if (input.handlingDepartmentId) await this.departments.get(user, input.handlingDepartmentId);
    return this.db.transaction(async (tx) => {
      const locked = await lockAppointmentWithCase(tx, appointmentId);
      if (!locked) throw notFound('约访', appointmentId);
      const { a, c } = locked;
      assertUnitAccess(user, a.unitId);
      if (a.status !== 'scheduled') {
        throw new AppError('INVALID_TRANSITION', '只有已约定的约访才能登记接访结果');
      }
      // Held once its time slot (or, without one, its session) has begun.
      const unit = await this.units.byId(a.unitId);
      const begins = a.slotStart ?? sessionHours(unit, a.session).start;
      if (chinaTime(a.date, begins) > new Date()) {
        throw new AppError('NOT_YET_HELD', { at: `${a.date} ${begins}` });
      }
      a.status = 'received';
      await tx.getRepository(Appointment).save(a);
      await this.cases.transition(tx, a.caseId, 'received');
      await this.sync.sessionsChanged(tx, a.unitId, [a]);
      const repo = tx.getRepository(ReceptionRecord);
      // The handling clock runs for matters passed on; one resolved on the spot has none.
      const deadline = needsDepartment
        ? await this.deadlines.of(a.unitId, addDays(a.date, HANDLING_DAYS))
        : null;
      const saved = await repo.save(
        repo.create({
          unitId: a.unitId,
          appointmentId: a.id,
          // The leader who actually sat: a recorded 代班 received the petitioner, not the plan.
          leaderId: await this.attendance.satFor(a.unitId, a.date, a.session, a.leaderId),
          date: a.date,
          persons: input.persons,
          batches: input.batches,
          outcome: input.outcome,
          handlingDepartmentId: input.handlingDepartmentId ?? null,
          dueDate: deadline?.dueDate ?? null,
          nominalDueDate: deadline?.nominalDueDate ?? null,
          extensionReason: null,
          note: input.note ?? null,
          recordedBy: user.id,
        }),
      );
      await this.watchDeadline(tx, saved, c);
      return saved;
    });
  }

  /** Plans (or re-plans) the case clock of a record with a handling deadline. */
  private async watchDeadline(
    tx: EntityManager,
    r: ReceptionRecord,
    c: Pick<PriorityCase, 'id' | 'reference'>,
  ): Promise<void> {
    if (!r.dueDate) return;
    await this.sync.handlingDue(tx, r.unitId, {
      caseId: c.id,
      caseCode: c.reference,
      deadline: r.dueDate,
      nominalDeadline: r.nominalDueDate ?? r.dueDate,
      handlingDepartmentId: r.handlingDepartmentId,
    });
  }

  async extend(user: AuthUser, id: string, reason: string): Promise<ReceptionRecord> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(ReceptionRecord);
      const r = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw notFound('接访记录', id);
      assertUnitAccess(user, r.unitId);
      if (!r.dueDate) throw new AppError('NO_DUE_DATE');
      if (r.extensionReason) throw new AppError('ALREADY_EXTENDED');
      // A closed case's clock has stopped; extending it would plan reminders for nothing.
      const c = await tx
        .getRepository(PriorityCase)
        .createQueryBuilder('c')
        .innerJoin(Appointment, 'a', 'a.case_id = c.id')
        .where('a.id = :id', { id: r.appointmentId })
        .getOneOrFail();
      if (c.status === 'closed') {
        throw new AppError('CASE_CLOSED', '案件已办结，办理期限已停止计算，无需延期');
      }
      // 30 more days counted from the last counted day, then rolled again if need be.
      const next = await this.deadlines.of(
        r.unitId,
        addDays(r.nominalDueDate ?? r.dueDate, EXTENSION_DAYS),
      );
      r.dueDate = next.dueDate;
      r.nominalDueDate = next.nominalDueDate;
      r.extensionReason = reason;
      const saved = await repo.save(r);
      await this.watchDeadline(tx, saved, c);
      return saved;
    });
  }

  /**
   * The unit's reception records with their handling deadline. Whoever may see the case may see
   * its records (the case list's scope, CasesService.scope): leaders their own receptions,
   * departments those they were invited to, restricted cases only the screening bodies.
   */
  async list(
    user: AuthUser,
    unitId: string,
    q: ReceptionListQuery,
  ): Promise<{ total: number; items: ReceptionRecordView[] }> {
    assertUnitAccess(user, unitId);
    const qb = await this.cases.scope(
      this.records
        .createQueryBuilder('r')
        .innerJoin(Appointment, 'a', 'a.id = r.appointment_id')
        .innerJoin(PriorityCase, 'c', 'c.id = a.case_id')
        .where('r.unit_id = :unitId', { unitId }),
      user,
    );
    if (q.month) {
      const start = DateTime.fromISO(`${q.month}-01`);
      qb.andWhere('r.date BETWEEN :from AND :to', {
        from: start.toISODate(),
        to: start.endOf('month').toISODate(),
      });
    }
    if (q.year) {
      qb.andWhere('r.date BETWEEN :from AND :to', {
        from: `${q.year}-01-01`,
        to: `${q.year}-12-31`,
      });
    }
    if (q.caseId) qb.andWhere('c.id = :caseId', { caseId: q.caseId });
    const total = await qb.getCount();
    const rows: RecordRow[] = await qb
      .select([
        'r.id AS id',
        'r.appointment_id AS appointment_id',
        'c.id AS case_id',
        'c.reference AS reference',
        'c.status AS case_status',
        'c.subject_code AS subject_code',
        'r.leader_id AS leader_id',
        "to_char(r.date, 'YYYY-MM-DD') AS date",
        'a.session AS session',
        'a.slot_start AS slot_start',
        'a.slot_end AS slot_end',
        'r.persons AS persons',
        'r.batches AS batches',
        'r.outcome AS outcome',
        'r.handling_department_id AS handling_department_id',
        "to_char(r.due_date, 'YYYY-MM-DD') AS due_date",
        "to_char(r.nominal_due_date, 'YYYY-MM-DD') AS nominal_due_date",
        'r.extension_reason AS extension_reason',
        'r.note AS note',
        'r.created_at AS created_at',
      ])
      .orderBy('r.date', 'DESC')
      .addOrderBy('c.reference', 'ASC')
      .offset(q.offset)
      .limit(q.limit)
      .getRawMany();
    // Names from org, which owns leaders and departments (records keep only their ids).
    const [leaders, departments] = await Promise.all([
      this.leaders.byIds(rows.map((r) => r.leader_id)),
      this.departments.byIds(rows.flatMap((r) => r.handling_department_id ?? [])),
    ]);
    const leaderName = new Map(leaders.map((l) => [l.id, l.name]));
    const departmentName = new Map(departments.map((d) => [d.id, d.name]));
    const today = chinaDate(new Date());
    const items = rows.map((r) => ({
      id: r.id,
      appointmentId: r.appointment_id,
      caseId: r.case_id,
      caseReference: r.reference,
      caseStatus: r.case_status,
      subjectCode: r.subject_code,
      leaderId: r.leader_id,
      leaderName: leaderName.get(r.leader_id)!,
      date: r.date,
      session: r.session,
      slotStart: r.slot_start,
      slotEnd: r.slot_end,
      persons: r.persons,
      batches: r.batches,
      outcome: r.outcome,
      handlingDepartmentId: r.handling_department_id,
      handlingDepartmentName: r.handling_department_id
        ? (departmentName.get(r.handling_department_id) ?? null)
        : null,
      dueDate: r.due_date,
      nominalDueDate: r.nominal_due_date ?? r.due_date,
      dueDateRolled: r.due_date !== null && r.due_date !== (r.nominal_due_date ?? r.due_date),
      originalDueDate: counted(r),
      extended: r.extension_reason !== null,
      extensionReason: r.extension_reason,
      ...deadlineOf(r.due_date, r.case_status, today),
      note: r.note,
      recordedAt: r.created_at,
    }));
    return { total, items };
  }

  /**
   * Attendance recorded after the reception: its records name the leader who actually sat (a
   * substitute; the planned leader again when corrected back). An absence leaves them as they
   * were: a reception held proves someone received, and the record says who was booked.
   */
  async relinkSatLeader(
    tx: EntityManager,
    e: {
      unitId: string;
      date: string;
      session: string;
      plannedLeaderId: string;
      satLeaderId: string | null;
    },
  ): Promise<void> {
    if (!e.satLeaderId || e.session === 'CALL') return;
    await tx.query(
      `UPDATE reception_record r SET leader_id = $5, updated_at = now()
         FROM appointment a
        WHERE a.id = r.appointment_id AND a.unit_id = $1 AND a.date = $2 AND a.session = $3
          AND a.leader_id = $4 AND r.leader_id <> $5`,
      [e.unitId, e.date, e.session, e.plannedLeaderId, e.satLeaderId],
    );
  }

  /**
   * Every reception record of a unit between two dates, for the hall figures (src/stats): no
   * petitioner data; a closed case's last change is its closing (closed cases are never edited).
   */
  async between(unitId: string, from: string, to: string): Promise<ReceptionFact[]> {
    const rows: Array<Omit<ReceptionFact, 'caseClosedOn'> & { closed_at: Date | null }> =
      await this.records
        .createQueryBuilder('r')
        .innerJoin(Appointment, 'a', 'a.id = r.appointment_id')
        .innerJoin(PriorityCase, 'c', 'c.id = a.case_id')
        .select([
          'r.id AS "id"',
          'r.leader_id AS "leaderId"',
          'to_char(r.date, \'YYYY-MM-DD\') AS "date"',
          'a.session AS "session"',
          'r.persons AS "persons"',
          'r.batches AS "batches"',
          'r.outcome AS "outcome"',
          'to_char(r.due_date, \'YYYY-MM-DD\') AS "dueDate"',
          'c.id AS "caseId"',
          'c.status AS "caseStatus"',
          "CASE WHEN c.status = 'closed' THEN c.updated_at END AS closed_at",
        ])
        .where('r.unit_id = :unitId', { unitId })
        .andWhere('r.date BETWEEN :from AND :to', { from, to })
        .getRawMany();
    return rows.map(({ closed_at, ...r }) => ({
      ...r,
      caseClosedOn: closed_at ? chinaDate(closed_at) : null,
    }));
  }

  /** 约访接访 批次 and 人次 per leader and month of a year, with totals. */
  async figures(user: AuthUser, unitId: string, year: number) {
    assertUnitAccess(user, unitId);
    const rows: Array<{ leader_id: string; month: number; batches: number; persons: number }> =
      await this.records
        .createQueryBuilder('r')
        .select('r.leader_id', 'leader_id')
        .addSelect('EXTRACT(MONTH FROM r.date)::int', 'month')
        .addSelect('SUM(r.batches)::int', 'batches')
        .addSelect('SUM(r.persons)::int', 'persons')
        .where('r.unit_id = :unitId', { unitId })
        .andWhere('r.date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
        .groupBy('r.leader_id')
        .addGroupBy('month')
        .getRawMany();
    const leaders = await this.leaders.forUnit(unitId);
    const empty = () => ({ batches: 0, persons: 0 });
    const byMonth = Array.from({ length: 12 }, (_, i) => ({
      month: `${year}-${String(i + 1).padStart(2, '0')}`,
      ...empty(),
    }));
    const total = empty();
    const byLeader = leaders
      .map((l) => {
        const months = Array.from({ length: 12 }, (_, i) => ({
          month: byMonth[i].month,
          ...empty(),
        }));
        const sum = empty();
        for (const r of rows.filter((x) => x.leader_id === l.id)) {
          const m = months[r.month - 1];
          m.batches += r.batches;
          m.persons += r.persons;
          sum.batches += r.batches;
          sum.persons += r.persons;
          byMonth[r.month - 1].batches += r.batches;
          byMonth[r.month - 1].persons += r.persons;
          total.batches += r.batches;
          total.persons += r.persons;
        }
        return { leaderId: l.id, code: l.code, name: l.name, months, total: sum };
      })
      .filter((l) => l.total.batches > 0);
    return { year, byLeader, byMonth, total };
  }
}
