import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuthUser } from '../../auth/index.js';
import { AppError, badRequest, notFound, versionConflict } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { LeadersService } from '../../org/index.js';
import { CasesService, type RequestContext } from '../cases.service.js';
import { PiiCrypto } from '../pii/pii-crypto.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, type WalkInView } from './walk-in-view.js';
import { type Satisfaction, WalkInReception } from './walk-in.entity.js';
import { WalkInsService } from './walk-ins.service.js';

/**
 * What follows a walk-in's registration: 办结 with the result, 回访 (satisfaction, resolved), the
 * 包案 leader reassigned by 两办, and escalation of an unresolved matter to a 重点约访 case.
 */
@Injectable()
export class WalkInStepsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly walkIns: WalkInsService,
    private readonly cases: CasesService,
    private readonly leaders: LeadersService,
    private readonly crypto: PiiCrypto,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.today();
  }

  /** Loads for a change: visible, the version the editor saw, and a state the change allows. */
  private async change(
    user: AuthUser,
    id: string,
    version: number,
    apply: (w: WalkInReception) => void,
    action: string,
    ctx: RequestContext,
  ): Promise<WalkInView> {
    await this.walkIns.visible(user, id);
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(WalkInReception);
      const w = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!w) throw notFound('来访登记', id);
      if (w.version !== version) throw versionConflict();
      apply(w);
      await repo.save(w);
      await this.audit.record(
        {
          user,
          action,
          entityType: 'walk_in_reception',
          entityId: id,
          ip: ctx.ip,
          requestId: ctx.requestId,
          detail: { reference: w.reference, status: w.status },
        },
        tx,
      );
    });
    return this.walkIns.get(user, id, false, ctx);
  }

  close(user: AuthUser, id: string, version: number, result: string, ctx: RequestContext) {
    const today = this.today();
    return this.change(
      user,
      id,
      version,
      (w) => {
        if (w.status !== 'open') {
          throw new AppError('INVALID_TRANSITION', `来访登记 ${w.reference} 已办结或已转重点约访`);
        }
        w.status = 'closed';
        w.result = result;
        w.closedOn = today < w.date ? w.date : today;
      },
      'walk_in.close',
      ctx,
    );
  }

  followUp(
    user: AuthUser,
    id: string,
    input: { version: number; satisfaction: Satisfaction; resolved: boolean; note?: string | null },
    ctx: RequestContext,
  ) {
    const today = this.today();
    return this.change(
      user,
      id,
      input.version,
      (w) => {
        if (w.status !== 'closed') {
          throw new AppError('NOT_CLOSED');
        }
        w.satisfaction = input.satisfaction;
        w.resolved = input.resolved;
        w.followedUpOn = today;
        if (input.note) w.followUp = [w.followUp, `回访：${input.note}`].filter(Boolean).join('\n');
      },
      'walk_in.follow_up',
      ctx,
    );
  }

  async reassignCaseLeader(
    user: AuthUser,
    id: string,
    input: { version: number; leaderId: string; reason: string },
    ctx: RequestContext,
  ) {
    const w = await this.walkIns.visible(user, id);
    const leader = (await this.leaders.forUnit(w.unitId)).find((l) => l.id === input.leaderId);
    if (!leader) throw badRequest('leaderId：不是本单位的领导', 'leaderId');
    return this.change(
      user,
      id,
      input.version,
      (row) => {
        if (row.status === 'escalated') {
          throw new AppError('INVALID_TRANSITION', '已转重点约访，包案领导随案件');
        }
        row.caseLeaderId = input.leaderId;
        row.caseLeaderReason = input.reason;
      },
      'walk_in.case_leader',
      ctx,
    );
  }

  /**
   * An unresolved matter becomes a 重点约访 case: its summary carries the walk-in's history, the
   * petitioners are carried over (re-encrypted by the case), the 包案 leader is its previous leader.
   */
  async escalate(
    user: AuthUser,
    id: string,
    input: { version: number; risk: string; receiveBefore: string },
    ctx: RequestContext,
  ) {
    const w = await this.walkIns.visible(user, id);
    if (w.version !== input.version) throw versionConflict();
    if (w.status === 'escalated' || w.resolved === true) {
      throw new AppError('INVALID_TRANSITION', '只有未化解的来访事项才能转为重点约访');
    }
    if (w.duplicateOfCaseId) {
      throw new AppError('ALREADY_A_CASE');
    }
    const pets = await this.walkIns.petitionersOf({
      where: { walkInId: id },
      order: { position: 'ASC' },
    });
    const names = new Map((await this.leaders.forUnit(w.unitId)).map((l) => [l.id, l.name]));
    const history = [
      `来访登记 ${w.reference}（${w.date} ${w.session === 'AM' ? '上午' : '下午'}，接待领导：${names.get(w.leaderId)}）`,
      `事项：${w.summary}`,
      `诉求：${w.demands}`,
      `处理：${OUTCOME_LABELS[w.outcome]}`,
      w.result ? `办结：${w.result}` : null,
      w.satisfaction
        ? `回访：${SATISFACTION_LABELS[w.satisfaction]}，${w.resolved ? '已化解' : '未化解'}`
        : null,
    ]
      .filter(Boolean)
      .join('\n')
      .slice(0, 2000);
    const created = await this.cases.submit(user, w.unitId, [
      {
        row: 1,
        column: (f) => f,
        input: {
          reference: w.reference,
          subject: w.subjectCode,
          locality: w.locality,
          summary: history,
          risk: input.risk,
          groupSize: w.persons,
          petitioners: pets.map((p) => ({
            name: this.crypto.decrypt(p.nameEnc),
            phone: p.phoneEnc ? this.crypto.decrypt(p.phoneEnc) : null,
            idNumber: this.crypto.decrypt(p.idNumberEnc),
          })),
          receiveBefore: input.receiveBefore,
          previousLeader: w.caseLeaderId,
          departments: w.handlingDepartmentId ? [w.handlingDepartmentId] : [],
        },
      },
    ]);
    const caseId = created.cases[0].id;
    const view = await this.change(
      user,
      id,
      input.version,
      (row) => {
        row.status = 'escalated';
        row.escalatedCaseId = caseId;
      },
      'walk_in.escalate',
      ctx,
    );
    return { ...view, caseReference: created.cases[0].reference };
  }
}
