import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { assertUnitAccess, AuditService, type AuthUser } from '../auth/index.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { sqlStateOf } from '../common/database-errors.js';
import { RequestNotices } from '../notify/index.js';
import { LeadersService, UnitsService } from '../org/index.js';
import {
  DUTY_NAMES,
  type DutyMove,
  DutyOptionsService,
  dutyStart,
  RostersService,
} from '../roster/index.js';
import {
  DutyRequest,
  LEAVE_REASON_NAMES,
  OPEN_STATUSES,
  type RequestStatus,
} from './duty-request.entity.js';
import { requestView, type RequestView } from './duty-request-view.js';
import type { CreateRequest } from './duty-requests.schemas.js';
import { requestText } from './request-messages.js';
import { transition, type RequestAction } from './transitions.js';

const isParty = (user: AuthUser, leaderId: string | null) =>
  user.role === 'leader' && leaderId !== null && user.leaderId === leaderId;
const isOffice = (user: AuthUser) => user.role === 'admin' || user.role === 'office';

const SYSTEM_NAME = '系统';

/**
 * Leave (请假) and swap (换班) requests from the leaders' side: filed by a leader's account (the
 * leader or the secretary) or by 两办 on their behalf, accepted or declined by the other leader
 * of a swap, approved (published as the roster's next version) or refused by 两办; open requests
 * expire when a session they concern begins. Every step is audited and told to its parties.
 */
@Injectable()
export class DutyRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(DutyRequest) private readonly requests: Repository<DutyRequest>,
    private readonly rosters: RostersService,
    private readonly options: DutyOptionsService,
    private readonly leaders: LeadersService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly notices: RequestNotices,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, input: CreateRequest): Promise<RequestView> {
    const mine = await this.publishedDuty(user, input.assignmentId, 'assignmentId');
    if (user.role === 'leader' && user.leaderId !== mine.leaderId)
      throw forbidden('只能为本人的接访安排提出申请');
    const other = input.otherAssignmentId
      ? await this.publishedDuty(user, input.otherAssignmentId, 'otherAssignmentId')
      : null;
    if (other) {
      if (other.rosterId !== mine.rosterId)
        throw badRequest('otherAssignmentId：只能与同月的班次互换', 'otherAssignmentId');
      if (other.leaderId === mine.leaderId)
        throw badRequest('otherAssignmentId：不能与本人的班次互换', 'otherAssignmentId');
    }
    const unit = await this.units.byId(mine.unitId);
    const now = this.clock.now();
    const starts = [mine, ...(other ? [other] : [])].map((d) => dutyStart(unit, d.date, d.session));
    if (starts.some((s) => s <= now)) {
      throw new AppError('SESSION_BEGUN', '接访已开始，已成为历史记录，不能再申请调整');
    }
    const names = await this.names(mine.unitId);
    const id = await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(DutyRequest);
      let saved: DutyRequest;
      try {
        saved = await repo.save(
          repo.create({
            unitId: mine.unitId,
            rosterId: mine.rosterId,
            kind: input.kind,
            status: 'requested',
            assignmentId: mine.assignmentId,
            leaderId: mine.leaderId,
            date: mine.date,
            session: mine.session,
            otherAssignmentId: other?.assignmentId ?? null,
            otherLeaderId: other?.leaderId ?? null,
            otherDate: other?.date ?? null,
            otherSession: other?.session ?? null,
            reasonKind: input.reasonKind,
            reasonText: input.reasonText ?? '',
            expiresAt: new Date(Math.min(...starts.map((s) => s.getTime()))),
            requestedBy: user.id,
            requestedByName: user.username,
            steps: [this.step('requested', user)],
          }),
        );
      } catch (err) {
        if (sqlStateOf(err) === '23505') throw conflict('该班次已有待处理的申请', 'assignmentId');
        throw err;
      }
      await this.record(tx, user, saved, 'requested');
      await this.tell(tx, saved, 'requested', names);
      return saved.id;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, unitId: string, which: 'open' | 'all' = 'open') {
    assertUnitAccess(user, unitId);
    await this.expireDue(unitId);
    const qb = this.requests
      .createQueryBuilder('r')
      .where('r.unit_id = :unitId', { unitId })
      .orderBy('r.date', 'ASC')
      .addOrderBy('r.created_at', 'ASC');
    if (which === 'open') qb.andWhere('r.status IN (:...open)', { open: OPEN_STATUSES });
    if (user.role === 'leader')
      qb.andWhere('(r.leader_id = :me OR r.other_leader_id = :me)', { me: user.leaderId });
    const rows = await qb.getMany();
    const names = await this.names(unitId);
    return rows.map((r) => requestView(r, names));
  }

  /** Open requests of a unit (两办's digest reads them). */
  async pending(unitId: string): Promise<RequestView[]> {
    await this.expireDue(unitId);
    const rows = await this.requests.find({
      where: { unitId, status: In([...OPEN_STATUSES]) },
      order: { date: 'ASC' },
    });
    const names = await this.names(unitId);
    return rows.map((r) => requestView(r, names));
  }

  async get(user: AuthUser, id: string): Promise<RequestView> {
    const row = await this.visible(user, id);
    return requestView(row, await this.names(row.unitId));
  }

  /** The ranked substitutes of a leave request, with what each changes (least-change re-solve). */
  async substitutes(user: AuthUser, id: string) {
    const row = await this.visible(user, id);
    if (row.kind !== 'leave') throw conflict('换班申请无需代班人选');
    return this.options.substitutes(user, row.rosterId, row.assignmentId, 3);
  }

  accept(user: AuthUser, id: string) {
    return this.act(user, id, 'accept', null, (r) => {
      if (!isParty(user, r.otherLeaderId))
        throw forbidden('只有被换班的领导本人（或其秘书）可以同意');
    });
  }

  decline(user: AuthUser, id: string, note: string | null) {
    return this.act(user, id, 'decline', note, (r) => {
      if (!isParty(user, r.otherLeaderId))
        throw forbidden('只有被换班的领导本人（或其秘书）可以拒绝');
    });
  }

  withdraw(user: AuthUser, id: string) {
    return this.act(user, id, 'withdraw', null, (r) => {
      if (!isOffice(user) && !isParty(user, r.leaderId) && user.id !== r.requestedBy)
        throw forbidden('只有申请人可以撤回');
    });
  }

  refuse(user: AuthUser, id: string, note: string | null) {
    return this.act(user, id, 'refuse', note, () => {
      if (!isOffice(user)) throw forbidden('只有两办可以审批');
    });
  }

  /**
   * 两办 approve: a leave gives the duty to the chosen substitute, a swap trades the two duties;
   * either way the roster is published as version N+1 with the request as its reason (appointment
   * re-proposals, department notices, reminders and feeds follow the publication).
   */
  async approve(user: AuthUser, id: string, substituteLeaderId?: string): Promise<RequestView> {
    if (!isOffice(user)) throw forbidden('只有两办可以审批');
    const row = await this.visible(user, id);
    await this.refuseIfExpired(row);
    const next = transition(row.kind, row.status, 'approve');
    if ('refused' in next) throw conflict(next.refused);
    const names = await this.names(row.unitId);
    let moves: DutyMove[];
    let reason: string;
    const when = (date: string, session: string) =>
      `${date} ${DUTY_NAMES[session as keyof typeof DUTY_NAMES]}`;
    if (row.kind === 'leave') {
      if (!substituteLeaderId)
        throw badRequest('substituteLeaderId：请选择代班领导', 'substituteLeaderId');
      if (!names.has(substituteLeaderId))
        throw badRequest('substituteLeaderId：本单位没有这位领导', 'substituteLeaderId');
      if (substituteLeaderId === row.leaderId)
        throw badRequest('substituteLeaderId：代班领导不能是请假人本人', 'substituteLeaderId');
      moves = [
        {
          assignmentId: row.assignmentId,
          leaderId: substituteLeaderId,
          expect: { leaderId: row.leaderId, date: row.date, session: row.session },
        },
      ];
      const why =
        LEAVE_REASON_NAMES[row.reasonKind] + (row.reasonText ? `：${row.reasonText}` : '');
      reason = `请假申请：${names.get(row.leaderId)} ${when(row.date, row.session)}（${why}），由${names.get(substituteLeaderId)}代班`;
    } else {
      if (substituteLeaderId)
        throw badRequest('substituteLeaderId：换班不指定代班领导', 'substituteLeaderId');
      moves = [
        {
          assignmentId: row.assignmentId,
          leaderId: row.otherLeaderId!,
          expect: { leaderId: row.leaderId, date: row.date, session: row.session },
        },
        {
          assignmentId: row.otherAssignmentId!,
          leaderId: row.leaderId,
          expect: {
            leaderId: row.otherLeaderId!,
            date: row.otherDate!,
            session: row.otherSession!,
          },
        },
      ];
      reason = `换班申请：${names.get(row.leaderId)} ${when(row.date, row.session)} 与 ${names.get(row.otherLeaderId!)} ${when(row.otherDate!, row.otherSession!)} 互换`;
    }
    await this.rosters.reassignAndPublish(
      user,
      row.rosterId,
      moves,
      reason,
      async (tx, version) => {
        const repo = tx.getRepository(DutyRequest);
        const locked = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!locked || locked.status !== row.status)
          throw new AppError('VERSION_CONFLICT', '申请状态已变化，请刷新后再试');
        locked.status = 'approved';
        locked.substituteLeaderId = substituteLeaderId ?? null;
        locked.publishedVersion = version.number;
        locked.steps = [...locked.steps, this.step('approved', user, `第 ${version.number} 版`)];
        await repo.save(locked);
        await this.record(tx, user, locked, 'approved', { version: version.number });
        await this.tell(tx, locked, 'approved', names);
      },
    );
    return this.get(user, id);
  }

  /** Open requests whose first session has begun become expired (audited, parties told). */
  async expireDue(unitId?: string): Promise<number> {
    const now = this.clock.now();
    const due = await this.requests.find({
      where: {
        ...(unitId ? { unitId } : {}),
        status: In([...OPEN_STATUSES]),
        expiresAt: LessThanOrEqual(now),
      },
    });
    let expired = 0;
    for (const r of due) {
      const names = await this.names(r.unitId);
      expired += await this.db.transaction(async (tx) => {
        const repo = tx.getRepository(DutyRequest);
        const locked = await repo.findOne({
          where: { id: r.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!locked || !OPEN_STATUSES.includes(locked.status)) return 0;
        locked.status = 'expired';
        locked.steps = [...locked.steps, this.step('expired', null, '接访已开始')];
        await repo.save(locked);
        await this.record(tx, null, locked, 'expired');
        await this.tell(tx, locked, 'expired', names);
        return 1;
      });
    }
    return expired;
  }

  private async act(
    user: AuthUser,
    id: string,
    action: RequestAction,
    note: string | null,
    allowed: (r: DutyRequest) => void,
  ): Promise<RequestView> {
    const row = await this.visible(user, id);
    allowed(row);
    await this.refuseIfExpired(row);
    const names = await this.names(row.unitId);
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(DutyRequest);
      const locked = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw notFound('申请', id);
      const next = transition(locked.kind, locked.status, action);
      if ('refused' in next) throw conflict(next.refused);
      locked.status = next.to;
      locked.steps = [...locked.steps, this.step(next.to, user, note)];
      await repo.save(locked);
      await this.record(tx, user, locked, next.to, note ? { note } : {});
      await this.tell(tx, locked, next.to, names);
    });
    return this.get(user, id);
  }

  private async refuseIfExpired(row: DutyRequest): Promise<void> {
    if (!OPEN_STATUSES.includes(row.status) || row.expiresAt > this.clock.now()) return;
    await this.expireDue(row.unitId);
    throw new AppError('REQUEST_EXPIRED');
  }

  /** The request, when the caller may see it: its unit, and for leaders only their own. */
  private async visible(user: AuthUser, id: string): Promise<DutyRequest> {
    const row = await this.requests.findOne({ where: { id } });
    if (!row) throw notFound('申请', id);
    assertUnitAccess(user, row.unitId);
    if (user.role === 'leader' && !isParty(user, row.leaderId) && !isParty(user, row.otherLeaderId))
      throw notFound('申请', id);
    return row;
  }

  /** A duty of the latest published version (a draft duty cannot be asked off). */
  private async publishedDuty(user: AuthUser, assignmentId: string, field: string) {
    const row = await this.rosters.assignmentById(assignmentId);
    if (!row) throw notFound('排班安排', assignmentId);
    const roster = await this.rosters.load(user, row.rosterId);
    const duty = (await this.rosters.publishedDuties(roster.unitId, row.date, row.date)).find(
      (d) => d.assignmentId === assignmentId && d.leaderId === row.leaderId,
    );
    if (!duty) throw conflict('该班次不在已发布的班表中', field);
    return { ...duty, unitId: roster.unitId };
  }

  private async names(unitId: string): Promise<Map<string, string>> {
    return new Map((await this.leaders.forUnit(unitId)).map((l) => [l.id, l.name]));
  }

  private step(status: RequestStatus, user: AuthUser | null, note: string | null = null) {
    return {
      at: this.clock.now().toISOString(),
      status,
      byUserId: user?.id ?? null,
      byName: user?.username ?? SYSTEM_NAME,
      note,
    };
  }

  private record(
    tx: EntityManager,
    user: AuthUser | null,
    r: DutyRequest,
    step: RequestStatus,
    detail: Record<string, unknown> = {},
  ) {
    return this.audit.record(
      {
        ...(user ? { user } : { username: SYSTEM_NAME }),
        action: `duty-request.${step}`,
        entityType: 'duty_request',
        entityId: r.id,
        detail: { kind: r.kind, rosterId: r.rosterId, assignmentId: r.assignmentId, ...detail },
      },
      tx,
    );
  }

  /** Each party of the step hears of it through their own channel. */
  private async tell(
    tx: EntityManager,
    r: DutyRequest,
    step: RequestStatus,
    names: ReadonlyMap<string, string>,
  ) {
    const m = requestText(r, step, names);
    if (!m) return;
    await this.notices.notify(tx, {
      unitId: r.unitId,
      requestId: r.id,
      step,
      rosterId: r.rosterId,
      leaderIds: m.leaderIds,
      office: m.office,
      subject: m.subject,
      text: m.text,
    });
  }
}
