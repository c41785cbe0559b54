import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuthUser } from '../auth/index.js';
import { AppError, badRequest, notFound } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { LeadersService } from '../org/index.js';
import type { CaseView } from './case-view.js';
import { CasesService, type RequestContext } from './cases.service.js';
import { type DisciplineState, PriorityCase } from './priority-case.entity.js';

export const DISCIPLINE_LABELS: Record<DisciplineState, string> = {
  received: '已受理',
  handed_over: '已移交纪检',
  acknowledged: '纪检已签收',
};

/**
 * 检举控告 / 纪检监察 cases are not matched to a session: 信访局 or 政法委 hands them to the
 * 纪检监察 body (to whom, when, by whom), which acknowledges receipt; the case is then closed on
 * the petition side. From the hand-over the 纪检 leader sees the case; the accused never does.
 */
@Injectable()
export class DisciplineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly leaders: LeadersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async handOver(
    user: AuthUser,
    id: string,
    input: { to: string; accusedLeaderId?: string | null },
    ctx: RequestContext,
  ): Promise<CaseView> {
    const c = await this.cases.visible(user, id);
    if (input.accusedLeaderId) {
      const known = (await this.leaders.forUnit(c.unitId)).some(
        (l) => l.id === input.accusedLeaderId,
      );
      if (!known) throw badRequest('accusedLeaderId：不是本单位的领导', 'accusedLeaderId');
    }
    await this.step(user, c.id, 'received', ctx, (row) => {
      row.disciplineState = 'handed_over';
      row.handedTo = input.to;
      row.handedAt = this.clock.now();
      row.handedBy = user.id;
      row.accusedLeaderId = input.accusedLeaderId ?? null;
    });
    return this.cases.get(user, id, false, ctx);
  }

  async acknowledge(user: AuthUser, id: string, ctx: RequestContext): Promise<CaseView> {
    const c = await this.cases.visible(user, id);
    await this.step(user, c.id, 'handed_over', ctx, (row) => {
      row.disciplineState = 'acknowledged';
      row.acknowledgedAt = this.clock.now();
      row.acknowledgedBy = user.id;
      row.status = 'closed';
      row.closedReason = `已移交${row.handedTo}并签收`;
    });
    return this.cases.get(user, id, false, ctx);
  }

  private async step(
    user: AuthUser,
    id: string,
    from: DisciplineState,
    ctx: RequestContext,
    apply: (c: PriorityCase) => void,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(PriorityCase);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('案件', id);
      if (row.routing !== 'restricted' || !row.disciplineState) {
        throw new AppError('NOT_RESTRICTED');
      }
      if (row.disciplineState !== from) {
        throw new AppError(
          'INVALID_TRANSITION',
          `案件 ${row.reference} 当前为「${DISCIPLINE_LABELS[row.disciplineState]}」，不能办理该步骤`,
        );
      }
      apply(row);
      await repo.save(row);
      await this.audit.record(
        {
          user,
          action: `case.discipline.${row.disciplineState}`,
          entityType: 'priority_case',
          entityId: id,
          ip: ctx.ip,
          requestId: ctx.requestId,
          detail: { reference: row.reference, to: row.handedTo },
        },
        tx,
      );
    });
  }
}
