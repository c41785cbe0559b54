import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { assertUnitAccess, AuditService, type AuthUser } from '../auth/index.js';
import { AppError, forbidden, notFound } from '../common/app-error.js';
import { sqlStateOf } from '../common/database-errors.js';
import { DepartmentsService, LeadersService } from '../org/index.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentSync } from './appointment-sync.js';
import { type AppointmentEffect, recheckAppointments } from './case-edits.js';
import {
  assertEditable,
  auditedValues,
  caseChanges,
  type CasePatch,
  draftFields,
  givenFields,
  patchedInput,
  type StoredPetitioner,
} from './case-patch.js';
import type { RowError } from './case-input.js';
import { CasePetitioner } from './case-petitioner.entity.js';
import { canTransition, DISCIPLINE, STATUS_LABELS } from './case-rules.js';
import type { CaseDraft, PetitionerDraft, RowToCheck } from './case-validator.js';
import { CaseValidator } from './case-validator.js';
import { caseView, type CaseView, mayReveal, RESTRICTED_ROLES } from './case-view.js';
import { PiiCrypto } from './pii/pii-crypto.js';
import { type CaseStatus, PriorityCase } from './priority-case.entity.js';
import { auditPiiReads } from './pii/pii-read-audit.js';

export interface RequestContext {
  ip?: string;
  requestId?: string;
}

export interface CaseQuery {
  unitId?: string;
  status?: CaseStatus;
  routing?: 'public' | 'politics_law' | 'restricted';
  batch?: string;
  limit: number;
  offset: number;
}

const caseErrors = (errors: RowError[]) =>
  new AppError(
    'INVALID_CASE',
    { count: errors.length },
    { field: errors[0]?.column ?? undefined, details: { errors } },
  );

export const rowErrors = (errors: RowError[]) =>
  new AppError(
    'INVALID_ROWS',
    { count: errors.length },
    { details: { errors: errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) } },
  );

/** Priority cases: submission (all or nothing), role-scoped reads, masked personal data, status. */
@Injectable()
export class CasesService {
  constructor(
    @InjectRepository(PriorityCase) private readonly cases: Repository<PriorityCase>,
    @InjectRepository(CasePetitioner) private readonly petitioners: Repository<CasePetitioner>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly validator: CaseValidator,
    private readonly crypto: PiiCrypto,
    private readonly audit: AuditService,
    private readonly sync: AppointmentSync,
    private readonly leaders: LeadersService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Validates every row; writes all of them in one transaction, or none and lists every error. */
  async submit(
    user: AuthUser,
    unitId: string,
    rows: RowToCheck[],
    extraErrors: RowError[] = [],
    ignore: (e: RowError) => boolean = () => false,
  ) {
    assertUnitAccess(user, unitId);
    if (rows.length === 0 && extraErrors.length === 0) {
      throw rowErrors([{ row: null, column: null, message: '文件中没有数据行' }]);
    }
    const { drafts, errors } = await this.validator.check(user, unitId, rows);
    const all = [...extraErrors, ...errors.filter((e) => !ignore(e))];
    if (all.length > 0) throw rowErrors(all);
    try {
      const created = await this.db.transaction((tx) => this.insert(tx, user, unitId, drafts));
      return { created: created.length, cases: created };
    } catch (err) {
      // Two submissions racing for the same reference: the unique index decides.
      if (sqlStateOf(err) === '23505') {
        throw rowErrors([
          { row: null, column: null, message: '案件编号已被同时提交的另一批数据占用，请重新提交' },
        ]);
      }
      throw err;
    }
  }

  private async insert(tx: EntityManager, user: AuthUser, unitId: string, drafts: CaseDraft[]) {
    const caseRepo = tx.getRepository(PriorityCase);
    const petRepo = tx.getRepository(CasePetitioner);
    const out: Array<{
      row: number;
      id: string;
      reference: string;
      routing: string;
      status: string;
    }> = [];
    for (const d of drafts) {
      const saved = await caseRepo.save(
        caseRepo.create({
          unitId,
          ...draftFields(d),
          status: 'pending',
          matchNote: null,
          closedReason: null,
          createdBy: user.id,
          disciplineState: d.routing === 'restricted' ? 'received' : null,
        }),
      );
      await petRepo.save(
        d.petitioners.map((p, position) =>
          petRepo.create({
            caseId: saved.id,
            position,
            nameEnc: this.crypto.encrypt(p.name),
            phoneEnc: p.phone ? this.crypto.encrypt(p.phone) : null,
            idNumberEnc: this.crypto.encrypt(p.idNumber),
            idNumberHmac: p.idNumberHmac,
          }),
        ),
      );
      out.push({
        row: d.row,
        id: saved.id,
        reference: saved.reference,
        routing: saved.routing,
        status: saved.status,
      });
    }
    return out;
  }

  /**
   * Restricts a query on alias `c` to the cases the caller may see at all; other lists of case
   * data (reception records) join the case as `c` and apply the same rule.
   */
  async scope<T extends object>(
    qb: SelectQueryBuilder<T>,
    user: AuthUser,
  ): Promise<SelectQueryBuilder<T>> {
    if (user.role === 'leader') {
      // Restricted cases: only the 纪检 leader (portfolio 纪检监察), once handed over to 纪检,
      // and never the leader the accusation concerns.
      const [leader] = await this.leaders.byIds(user.leaderId ? [user.leaderId] : []);
      qb.andWhere(
        `((c.routing <> 'restricted' AND (c.previous_leader_id = :leaderId OR EXISTS (SELECT 1 FROM appointment a
          WHERE a.case_id = c.id AND a.leader_id = :leaderId AND a.status IN ('scheduled', 'received'))))
          OR (c.routing = 'restricted' AND c.discipline_state IN ('handed_over', 'acknowledged')
            AND c.accused_leader_id IS DISTINCT FROM :leaderId AND :disciplineLeader))`,
        {
          leaderId: user.leaderId ?? '00000000-0000-0000-0000-000000000000',
          disciplineLeader: leader?.portfolioSubjects.includes(DISCIPLINE) ?? false,
        },
      );
    } else if (!RESTRICTED_ROLES.includes(user.role)) {
      qb.andWhere("c.routing <> 'restricted'");
    }
    if (user.role === 'department') {
      qb.andWhere(
        `(:departmentId = ANY(c.department_ids) OR EXISTS (SELECT 1 FROM appointment a WHERE a.case_id = c.id
          AND :departmentId = ANY(a.department_ids) AND a.status IN ('scheduled', 'received')))`,
        { departmentId: user.departmentId ?? '00000000-0000-0000-0000-000000000000' },
      );
    }
    return qb;
  }

  async list(user: AuthUser, q: CaseQuery, reveal: boolean, ctx: RequestContext) {
    const unitId = q.unitId ?? user.unitId;
    assertUnitAccess(user, unitId);
    this.assertMayReveal(user, reveal);
    const qb = await this.scope(
      this.cases.createQueryBuilder('c').where('c.unit_id = :unitId', { unitId }),
      user,
    );
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.routing) qb.andWhere('c.routing = :routing', { routing: q.routing });
    if (q.batch) qb.andWhere('c.batch = :batch', { batch: q.batch });
    const [rows, total] = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.reference', 'ASC')
      .take(q.limit)
      .skip(q.offset)
      .getManyAndCount();
    const views = await this.views(user, rows, reveal, ctx);
    return { total, items: views };
  }

  async get(user: AuthUser, id: string, reveal: boolean, ctx: RequestContext): Promise<CaseView> {
    this.assertMayReveal(user, reveal);
    const c = await this.visible(user, id);
    return (await this.views(user, [c], reveal, ctx))[0];
  }

  /** A case the caller may see, or 404 (a hidden case is indistinguishable from a missing one). */
  async visible(user: AuthUser, id: string): Promise<PriorityCase> {
    const qb = await this.scope(
      this.cases.createQueryBuilder('c').where('c.id = :id', { id }),
      user,
    );
    const c = await qb.getOne();
    if (!c || (user.role !== 'admin' && c.unitId !== user.unitId)) throw notFound('案件', id);
    return c;
  }

  private assertMayReveal(user: AuthUser, reveal: boolean) {
    if (reveal && !mayReveal(user.role)) throw forbidden('当前角色无权查看完整的个人信息');
  }

  private async views(user: AuthUser, rows: PriorityCase[], reveal: boolean, ctx: RequestContext) {
    if (rows.length === 0) return [];
    const pets = await this.petitioners
      .createQueryBuilder('p')
      .where('p.case_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .getMany();
    const views = rows.map((c) =>
      caseView(
        c,
        pets.filter((p) => p.caseId === c.id),
        user,
        reveal,
        this.crypto,
      ),
    );
    await auditPiiReads(this.audit, user, ctx, 'priority_case', views);
    return views;
  }

  async close(user: AuthUser, id: string, reason: string): Promise<CaseView> {
    const c = await this.visible(user, id);
    await this.db.transaction(async (tx) => {
      await this.transition(tx, c.id, 'closed', { closedReason: reason });
      await this.withdrawOpenAppointments(tx, c, reason);
      await this.sync.caseClosed(tx, c.id);
    });
    return this.get(user, id, false, {});
  }

  /**
   * Edits a case with the submission's rules (case-validator), all or nothing. Fields left out
   * keep their stored values; `flags` is merged key by key; `petitioners`, when given, replaces
   * the whole list (re-encrypted, ID-number HMACs recomputed). Open appointments that no longer
   * fit are sent back for review (case-edits.ts). The audit row names the changed fields and gives
   * old and new values except for the summary and petitioners, which may describe people.
   */
  async update(
    user: AuthUser,
    id: string,
    patch: CasePatch,
    ctx: RequestContext,
  ): Promise<CaseView & { appointmentEffects: AppointmentEffect[] }> {
    const current = await this.visible(user, id);
    assertEditable(current, patch.version);
    const storedPeople = await this.storedPetitioners(id);
    const given = givenFields(patch);
    const { drafts, errors } = await this.validator.check(user, current.unitId, [
      {
        row: 1,
        input: patchedInput(current, storedPeople, given),
        column: (field) => field,
        existing: {
          id: current.id,
          submittedBy: current.submittedBy,
          receiveBefore: current.receiveBefore,
          departmentIds: current.departmentIds,
        },
      },
    ]);
    if (errors.length > 0) throw caseErrors(errors.map((e) => ({ ...e, row: null })));
    const draft = drafts[0];
    const edit = caseChanges(current, draft, given, storedPeople);
    if (edit.changed.length === 0 && !edit.peopleChanged) {
      return { ...(await this.get(user, id, false, ctx)), appointmentEffects: [] };
    }
    try {
      const effects = await this.applyEdit(user, current, patch.version, draft, edit, ctx);
      return { ...(await this.get(user, id, false, ctx)), appointmentEffects: effects };
    } catch (err) {
      // Two edits racing for the same reference: the unique index decides.
      if (sqlStateOf(err) === '23505') {
        throw caseErrors([
          { row: null, column: 'reference', message: `案件编号 ${draft.reference} 已被占用` },
        ]);
      }
      throw err;
    }
  }

  private async storedPetitioners(caseId: string): Promise<StoredPetitioner[]> {
    const stored = await this.petitioners.find({ where: { caseId }, order: { position: 'ASC' } });
    return stored.map((p) => ({
      name: this.crypto.decrypt(p.nameEnc),
      phone: p.phoneEnc ? this.crypto.decrypt(p.phoneEnc) : null,
      idNumber: this.crypto.decrypt(p.idNumberEnc),
    }));
  }

  /**
   * Writes a checked edit under the case's row lock (re-checking the version), re-encrypts the
   * petitioners when they changed, sends back appointments that no longer fit, and audits.
   */
  private async applyEdit(
    user: AuthUser,
    current: PriorityCase,
    version: number,
    draft: CaseDraft,
    edit: ReturnType<typeof caseChanges>,
    ctx: RequestContext,
  ): Promise<AppointmentEffect[]> {
    const id = current.id;
    const [leaders, departments] = await Promise.all([
      this.leaders.forUnit(current.unitId),
      this.departments.list(user, current.unitId, false),
    ]);
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(PriorityCase);
      const before = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw notFound('案件', id);
      assertEditable(before, version);
      const next = { ...edit.next };
      // A case found to be an accusation starts the 纪检 hand-over; one no longer restricted leaves it.
      if (next.routing === 'restricted' && !before.disciplineState)
        next.disciplineState = 'received';
      if (next.routing !== 'restricted' && before.routing === 'restricted')
        next.disciplineState = null;
      const saved = await repo.save(repo.merge(repo.create({ ...before }), next));
      if (edit.peopleChanged) await this.replacePetitioners(tx, id, draft.petitioners);
      const after = await repo.findOneByOrFail({ id });
      const effects = await recheckAppointments(
        tx,
        before,
        after,
        { leaders, departments },
        this.sync,
      );
      await this.audit.record(
        {
          user,
          action: 'case.update',
          entityType: 'priority_case',
          entityId: id,
          ip: ctx.ip,
          requestId: ctx.requestId,
          detail: {
            reference: saved.reference,
            version: { from: before.version, to: after.version },
            fields: [...edit.changed, ...(edit.peopleChanged ? ['petitioners'] : [])],
            values: auditedValues(edit.changed, before, saved),
            appointments: effects,
          },
        },
        tx,
      );
      return effects;
    });
  }

  private async replacePetitioners(tx: EntityManager, caseId: string, people: PetitionerDraft[]) {
    const repo = tx.getRepository(CasePetitioner);
    await repo.delete({ caseId });
    await repo.save(
      people.map((p, position) =>
        repo.create({
          caseId,
          position,
          nameEnc: this.crypto.encrypt(p.name),
          phoneEnc: p.phone ? this.crypto.encrypt(p.phone) : null,
          idNumberEnc: this.crypto.encrypt(p.idNumber),
          idNumberHmac: p.idNumberHmac,
        }),
      ),
    );
  }

  /** A closed case is received by nobody: its proposals and bookings are cancelled. */
  private async withdrawOpenAppointments(tx: EntityManager, c: PriorityCase, reason: string) {
    const repo = tx.getRepository(Appointment);
    const open = await repo.find({
      where: [
        { caseId: c.id, status: 'proposed' },
        { caseId: c.id, status: 'scheduled' },
      ],
      lock: { mode: 'pessimistic_write' },
    });
    for (const a of open) {
      const wasScheduled = a.status === 'scheduled';
      a.status = 'cancelled';
      a.note = `案件已办结：${reason}`;
      const saved = await repo.save(a);
      if (wasScheduled) await this.sync.withdrawn(tx, saved, c, saved, '案件已办结');
      else await this.sync.proposalChanged(tx, saved, c, '案件已办结');
    }
    if (open.length) await this.sync.sessionsChanged(tx, c.unitId, []);
  }

  /** Moves a case along its life cycle; a move the cycle does not allow is a 409. */
  async transition(
    tx: EntityManager,
    caseId: string,
    to: CaseStatus,
    extra: Partial<Pick<PriorityCase, 'closedReason' | 'matchNote'>> = {},
    allowSame = false,
  ): Promise<void> {
    const repo = tx.getRepository(PriorityCase);
    const c = await repo.findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw notFound('案件', caseId);
    if (!(allowSame && c.status === to) && !canTransition(c.status, to)) {
      throw new AppError(
        'INVALID_TRANSITION',
        `案件 ${c.reference} 当前为「${STATUS_LABELS[c.status]}」，不能改为「${STATUS_LABELS[to]}」`,
      );
    }
    await repo.update({ id: caseId }, { status: to, ...extra });
  }

  /** For matching: the unit's cases that wait for a leader (restricted ones never do). */
  matchable(unitId: string): Promise<PriorityCase[]> {
    return this.cases
      .createQueryBuilder('c')
      .where('c.unit_id = :unitId', { unitId })
      .andWhere("c.status IN ('pending', 'proposed')")
      .andWhere("c.routing <> 'restricted'")
      .orderBy('c.reference', 'ASC')
      .getMany();
  }

  /**
   * An open (not closed) case of the unit with one of these ID-number HMACs and this subject: a
   * walk-in of the same person about the same matter is linked to it, not counted anew.
   */
  async openCaseOf(
    unitId: string,
    idNumberHmacs: string[],
    subjectCode: string,
  ): Promise<Pick<PriorityCase, 'id' | 'reference'> | null> {
    if (idNumberHmacs.length === 0) return null;
    const hit = await this.petitioners
      .createQueryBuilder('p')
      .innerJoin(PriorityCase, 'c', 'c.id = p.case_id')
      .select(['c.id AS id', 'c.reference AS reference'])
      .where('c.unit_id = :unitId', { unitId })
      .andWhere("c.status <> 'closed'")
      .andWhere('c.subject_code = :subjectCode', { subjectCode })
      .andWhere('p.id_number_hmac IN (:...idNumberHmacs)', { idNumberHmacs })
      .orderBy('c.created_at', 'ASC')
      .getRawOne<{ id: string; reference: string }>();
    return hit ?? null;
  }

  byIds(ids: string[]): Promise<PriorityCase[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.cases.createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }

  /** Cases for a spreadsheet export: never restricted ones, personal data masked. */
  async forExport(user: AuthUser, unitId: string): Promise<CaseView[]> {
    assertUnitAccess(user, unitId);
    const qb = await this.scope(
      this.cases
        .createQueryBuilder('c')
        .where('c.unit_id = :unitId', { unitId })
        .andWhere("c.routing <> 'restricted'"),
      user,
    );
    const rows = await qb.orderBy('c.reference', 'ASC').getMany();
    return this.views(user, rows, false, {});
  }
}
