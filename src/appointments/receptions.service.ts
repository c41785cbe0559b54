import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { assertUnitAccess } from '../auth/scope.js';
import { AppError, badRequest, notFound } from '../common/app-error.js';
import { DepartmentsService } from '../org/departments.service.js';
import { LeadersService } from '../org/leaders.service.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentSync } from './appointment-sync.js';
import { CasesService } from './cases.service.js';
import { PriorityCase } from './priority-case.entity.js';
import { ReceptionRecord, type ReceptionOutcome } from './reception-record.entity.js';

/** 条例 第34条: handled within 60 days, extendable once by at most 30. */
export const HANDLING_DAYS = 60;
export const EXTENSION_DAYS = 30;

export interface ReceptionInput {
  persons: number;
  batches: number;
  outcome: ReceptionOutcome;
  handlingDepartmentId?: string | null;
  note?: string | null;
}

const addDays = (date: string, n: number) => DateTime.fromISO(date).plus({ days: n }).toISODate()!;

/** What happened at a reception, and the 批次 / 人次 figures for the annual report. */
@Injectable()
export class ReceptionsService {
  constructor(
    @InjectRepository(ReceptionRecord) private readonly records: Repository<ReceptionRecord>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly departments: DepartmentsService,
    private readonly leaders: LeadersService,
    private readonly sync: AppointmentSync,
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
      const a = await tx
        .getRepository(Appointment)
        .findOne({ where: { id: appointmentId }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw notFound('约访', appointmentId);
      assertUnitAccess(user, a.unitId);
      if (a.status !== 'scheduled') {
        throw new AppError(409, 'INVALID_TRANSITION', '只有已约定的约访才能登记接访结果');
      }
      const today = DateTime.now().setZone('Asia/Shanghai').toISODate()!;
      if (a.date > today)
        throw new AppError(409, 'NOT_YET_HELD', `约访日期 ${a.date} 尚未到来，不能登记接访结果`);
      a.status = 'received';
      await tx.getRepository(Appointment).save(a);
      await this.cases.transition(tx, a.caseId, 'received');
      await this.sync.sessionsChanged(tx, a.unitId, [a]);
      const repo = tx.getRepository(ReceptionRecord);
      const saved = await repo.save(
        repo.create({
          unitId: a.unitId,
          appointmentId: a.id,
          leaderId: a.leaderId,
          date: a.date,
          persons: input.persons,
          batches: input.batches,
          outcome: input.outcome,
          handlingDepartmentId: input.handlingDepartmentId ?? null,
          // The handling clock runs for matters passed on; one resolved on the spot has none.
          dueDate: needsDepartment ? addDays(a.date, HANDLING_DAYS) : null,
          extensionReason: null,
          note: input.note ?? null,
          recordedBy: user.id,
        }),
      );
      await this.watchDeadline(tx, saved);
      return saved;
    });
  }

  /** Plans (or re-plans) the case clock of a record with a handling deadline. */
  private async watchDeadline(tx: EntityManager, r: ReceptionRecord): Promise<void> {
    if (!r.dueDate) return;
    const a = await tx.getRepository(Appointment).findOneByOrFail({ id: r.appointmentId });
    const c = await tx.getRepository(PriorityCase).findOneByOrFail({ id: a.caseId });
    await this.sync.handlingDue(tx, r.unitId, {
      caseId: c.id,
      caseCode: c.reference,
      deadline: r.dueDate,
      handlingDepartmentId: r.handlingDepartmentId,
    });
  }

  async extend(user: AuthUser, id: string, reason: string): Promise<ReceptionRecord> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(ReceptionRecord);
      const r = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw notFound('接访记录', id);
      assertUnitAccess(user, r.unitId);
      if (!r.dueDate)
        throw new AppError(409, 'NO_DUE_DATE', '当场化解或其他结果没有办理期限，无需延期');
      if (r.extensionReason)
        throw new AppError(409, 'ALREADY_EXTENDED', '办理期限只能延长一次（最多 30 日）');
      r.dueDate = addDays(r.dueDate, EXTENSION_DAYS);
      r.extensionReason = reason;
      const saved = await repo.save(r);
      await this.watchDeadline(tx, saved);
      return saved;
    });
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
