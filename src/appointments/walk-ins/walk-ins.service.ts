import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Between, type DataSource, In, type Repository } from 'typeorm';
import { AttendanceService } from '../../attendance/index.js';
import { assertUnitAccess, AuditService, type AuthUser } from '../../auth/index.js';
import { AppError, badRequest, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import {
  DepartmentsService,
  LeadersService,
  SubjectsService,
  UnitsService,
} from '../../org/index.js';
import { dutyStart } from '../../roster/index.js';
import { mayReveal } from '../case-view.js';
import { CasesService, type RequestContext } from '../cases.service.js';
import { HANDLING_DAYS, HandlingDeadlines } from '../handling-deadline.js';
import { PiiCrypto } from '../pii/pii-crypto.js';
import { WalkInPetitioner } from './walk-in-petitioner.entity.js';
import { walkInView, type WalkInView } from './walk-in-view.js';
import { WalkInReception } from './walk-in.entity.js';
import type { WalkInInput } from './walk-ins.schemas.js';
import { auditPiiReads } from '../pii/pii-read-audit.js';

const addDays = (date: string, n: number) => DateTime.fromISO(date).plus({ days: n }).toISODate()!;

export interface WalkInQuery {
  month?: string;
  date?: string;
  limit: number;
  offset: number;
}

/**
 * Walk-in receptions (来访接待) under 首接首办: registered at a begun session for a leader who sat
 * it, with petitioners encrypted like a case's; closed with a result, followed up (回访), and,
 * when unresolved, escalated to a 重点约访 case carrying its history.
 */
@Injectable()
export class WalkInsService {
  constructor(
    @InjectRepository(WalkInReception) private readonly walkIns: Repository<WalkInReception>,
    @InjectRepository(WalkInPetitioner) private readonly petitioners: Repository<WalkInPetitioner>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceService,
    private readonly cases: CasesService,
    private readonly deadlines: HandlingDeadlines,
    private readonly subjects: SubjectsService,
    private readonly departments: DepartmentsService,
    private readonly leaders: LeadersService,
    private readonly units: UnitsService,
    private readonly crypto: PiiCrypto,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async register(
    user: AuthUser,
    unitId: string,
    input: WalkInInput,
    ctx: RequestContext,
  ): Promise<WalkInView> {
    const subjectCode = await this.checkRegistration(user, unitId, input);
    const people = input.petitioners.map((p) => ({
      ...p,
      idNumberHmac: this.crypto.hmacIdNumber(p.idNumber),
    }));
    const hmacs = people.map((p) => p.idNumberHmac);
    const dupCase = await this.cases.openCaseOf(unitId, hmacs, subjectCode);
    const dupWalkIn = dupCase ? null : await this.openWalkInOf(unitId, hmacs, subjectCode);
    const duplicate = dupCase !== null || dupWalkIn !== null;
    // A duplicate follows the original's clock; a matter resolved on the spot (or 其他) has none.
    const passedOn = input.outcome === 'assigned' || input.outcome === 'transferred';
    const deadline =
      passedOn && !duplicate
        ? await this.deadlines.of(unitId, addDays(input.date, HANDLING_DAYS))
        : null;
    const id = await this.db.transaction(async (tx) => {
      // One numbering per unit and day: serialise registrations of the same day.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `walk-in|${unitId}|${input.date}`,
      ]);
      const repo = tx.getRepository(WalkInReception);
      const n = await repo.count({ where: { unitId, date: input.date } });
      const saved = await repo.save(
        repo.create({
          ...newWalkIn(unitId, input, subjectCode, user.id),
          reference: `LF-${input.date.replace(/-/g, '')}-${String(n + 1).padStart(3, '0')}`,
          dueDate: deadline?.dueDate ?? null,
          nominalDueDate: deadline?.nominalDueDate ?? null,
          duplicateOfCaseId: dupCase?.id ?? null,
          duplicateOfWalkInId: dupWalkIn?.id ?? null,
        }),
      );
      const pets = tx.getRepository(WalkInPetitioner);
      await pets.save(
        people.map((p, position) =>
          pets.create({
            walkInId: saved.id,
            position,
            nameEnc: this.crypto.encrypt(p.name),
            phoneEnc: p.phone ? this.crypto.encrypt(p.phone) : null,
            idNumberEnc: this.crypto.encrypt(p.idNumber),
            idNumberHmac: p.idNumberHmac,
          }),
        ),
      );
      await this.audit.record(
        {
          user,
          action: 'walk_in.register',
          entityType: 'walk_in_reception',
          entityId: saved.id,
          ip: ctx.ip,
          requestId: ctx.requestId,
          detail: {
            reference: saved.reference,
            duplicateOfCase: dupCase?.reference ?? null,
            duplicateOfWalkIn: dupWalkIn?.reference ?? null,
          },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id, false, ctx);
  }

  /**
   * A walk-in is registered at a session that has begun, for a leader sitting it, with a
   * department of the unit; answers the subject's current code.
   */
  private async checkRegistration(
    user: AuthUser,
    unitId: string,
    input: WalkInInput,
  ): Promise<string> {
    assertUnitAccess(user, unitId);
    const unit = await this.units.byId(unitId);
    if (dutyStart(unit, input.date, input.session).getTime() > this.clock.now().getTime()) {
      throw new AppError(
        'SESSION_NOT_BEGUN',
        `date：${input.date} ${input.session} 的坐班尚未开始，不能登记来访`,
        { field: 'date' },
      );
    }
    const sitting = await this.attendance.sitting(unitId, input.date, input.session);
    if (!sitting.includes(input.leaderId)) {
      throw new AppError('NOT_SITTING', undefined, { field: 'leaderId' });
    }
    const subjectCode = await this.subjectOf(input.subject);
    if (input.handlingDepartmentId) {
      const dept = await this.departments.get(user, input.handlingDepartmentId).catch(() => null);
      if (!dept || dept.unitId !== unitId) {
        throw badRequest(
          'handlingDepartmentId：承办部门不存在或不属于本单位',
          'handlingDepartmentId',
        );
      }
    }
    return subjectCode;
  }

  private async subjectOf(label: string): Promise<string> {
    const codes = await this.subjects.resolve(label);
    if (codes.length !== 1) {
      throw badRequest(
        codes.length === 0
          ? `subject：未知的信访事项分类 ${label}`
          : `subject：旧分类 ${label} 对应多个现行分类，请选择现行分类`,
        'subject',
      );
    }
    const subject = (await this.subjects.list()).find((s) => s.code === codes[0])!;
    if (subject.restricted) {
      throw new AppError('RESTRICTED_SUBJECT', undefined, { field: 'subject' });
    }
    return subject.code;
  }

  private async openWalkInOf(unitId: string, hmacs: string[], subjectCode: string) {
    return (
      (await this.walkIns
        .createQueryBuilder('w')
        .innerJoin(WalkInPetitioner, 'p', 'p.walk_in_id = w.id')
        .where('w.unit_id = :unitId', { unitId })
        .andWhere("w.status = 'open'")
        .andWhere('w.subject_code = :subjectCode', { subjectCode })
        .andWhere('w.duplicate_of_case_id IS NULL AND w.duplicate_of_walk_in_id IS NULL')
        .andWhere('p.id_number_hmac IN (:...hmacs)', { hmacs })
        .orderBy('w.created_at', 'ASC')
        .getOne()) ?? null
    );
  }

  /** Leaders see the walk-ins they received or carry (包案); departments those assigned to them. */
  private scoped(user: AuthUser) {
    const qb = this.walkIns.createQueryBuilder('w');
    if (user.role === 'leader') {
      qb.andWhere('(w.leader_id = :me OR w.case_leader_id = :me)', {
        me: user.leaderId ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    if (user.role === 'department') {
      qb.andWhere('w.handling_department_id = :dept', {
        dept: user.departmentId ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    return qb;
  }

  async list(user: AuthUser, unitId: string, q: WalkInQuery, reveal: boolean, ctx: RequestContext) {
    assertUnitAccess(user, unitId);
    if (reveal && !mayReveal(user.role)) throw forbidden('当前角色无权查看完整的个人信息');
    const qb = this.scoped(user).andWhere('w.unit_id = :unitId', { unitId });
    if (q.month) {
      const start = DateTime.fromISO(`${q.month}-01`);
      qb.andWhere('w.date BETWEEN :from AND :to', {
        from: start.toISODate(),
        to: start.endOf('month').toISODate(),
      });
    }
    if (q.date) qb.andWhere('w.date = :date', { date: q.date });
    const [rows, total] = await qb
      .orderBy('w.date', 'DESC')
      .addOrderBy('w.reference', 'DESC')
      .take(q.limit)
      .skip(q.offset)
      .getManyAndCount();
    return { total, items: await this.views(user, rows, reveal, ctx) };
  }

  async get(user: AuthUser, id: string, reveal: boolean, ctx: RequestContext): Promise<WalkInView> {
    if (reveal && !mayReveal(user.role)) throw forbidden('当前角色无权查看完整的个人信息');
    const w = await this.visible(user, id);
    return (await this.views(user, [w], reveal, ctx))[0];
  }

  /** A walk-in the caller may see, or 404 (hidden and missing look the same). */
  async visible(user: AuthUser, id: string): Promise<WalkInReception> {
    const w = await this.scoped(user).andWhere('w.id = :id', { id }).getOne();
    if (!w || (user.role !== 'admin' && w.unitId !== user.unitId)) throw notFound('来访登记', id);
    return w;
  }

  private async views(
    user: AuthUser,
    rows: WalkInReception[],
    reveal: boolean,
    ctx: RequestContext,
  ) {
    if (rows.length === 0) return [];
    const pets = await this.petitioners.find({ where: { walkInId: In(rows.map((r) => r.id)) } });
    const names = new Map(
      (await this.leaders.forUnit(rows[0].unitId)).map((l) => [l.id, l.name] as const),
    );
    const dupIds = rows.map((r) => r.duplicateOfCaseId).filter((x): x is string => !!x);
    const dupWalkIns = rows.map((r) => r.duplicateOfWalkInId).filter((x): x is string => !!x);
    const refs = new Map<string, string>([
      ...(await this.cases.byIds(dupIds)).map((c) => [c.id, c.reference] as const),
      ...(dupWalkIns.length ? await this.walkIns.find({ where: { id: In(dupWalkIns) } }) : []).map(
        (w) => [w.id, w.reference] as const,
      ),
    ]);
    const views = rows.map((w) =>
      walkInView(
        w,
        pets.filter((p) => p.walkInId === w.id),
        user,
        reveal,
        this.crypto,
        names,
        refs.get(w.duplicateOfCaseId ?? w.duplicateOfWalkInId ?? '') ?? null,
      ),
    );
    await auditPiiReads(this.audit, user, ctx, 'walk_in_reception', views);
    return views;
  }

  /** A walk-in's petitioners, in order (encrypted as stored). */
  petitionersOf(q: { where: { walkInId: string }; order?: { position: 'ASC' } }) {
    return this.petitioners.find(q);
  }

  /** Earlier walk-ins of any of these people (by ID-number HMAC), for a leader's briefing. */
  async visitsOf(unitId: string, idNumberHmacs: string[]): Promise<WalkInReception[]> {
    if (idNumberHmacs.length === 0) return [];
    return this.walkIns
      .createQueryBuilder('w')
      .innerJoin(WalkInPetitioner, 'p', 'p.walk_in_id = w.id')
      .where('w.unit_id = :unitId', { unitId })
      .andWhere('p.id_number_hmac IN (:...idNumberHmacs)', { idNumberHmacs })
      .distinct(true)
      .orderBy('w.date', 'ASC')
      .getMany();
  }

  /** Every walk-in of a unit between two dates, for the figures (no personal data). */
  between(unitId: string, from: string, to: string): Promise<WalkInReception[]> {
    return this.walkIns.find({ where: { unitId, date: Between(from, to) } });
  }
}

/** A new, open walk-in as registered: the receiving leader is its 包案 leader. */
function newWalkIn(
  unitId: string,
  input: WalkInInput,
  subjectCode: string,
  recordedBy: string,
): Partial<WalkInReception> {
  return {
    unitId,
    date: input.date,
    session: input.session,
    leaderId: input.leaderId,
    caseLeaderId: input.leaderId,
    caseLeaderReason: null,
    persons: input.persons,
    subjectCode,
    locality: input.locality ?? null,
    summary: input.summary,
    demands: input.demands,
    outcome: input.outcome,
    handlingDepartmentId: input.handlingDepartmentId ?? null,
    followUp: input.followUp ?? null,
    status: 'open',
    closedOn: null,
    result: null,
    followedUpOn: null,
    satisfaction: null,
    resolved: null,
    escalatedCaseId: null,
    demo: false,
    recordedBy,
  };
}
