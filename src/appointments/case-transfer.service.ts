import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuthUser } from '../auth/index.js';
import { badRequest, conflict, notFound } from '../common/app-error.js';
import { parseSubmittingBody } from './case-rules.js';
import type { CaseView } from './case-view.js';
import { assertEditable } from './case-patch.js';
import { CasesService, type RequestContext } from './cases.service.js';
import { PriorityCase } from './priority-case.entity.js';

export interface CaseTransfer {
  version: number;
  /** politics / petition, or 政法委 / 信访局. */
  submittedBy: string;
  reason: string;
}

/**
 * The submitting body (政法委 or 信访局) owns a case from its submission. Handing it to the other
 * body is an administrator's act, with a reason, recorded in the audit log with both bodies.
 */
@Injectable()
export class CaseTransferService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
  ) {}

  async transfer(
    user: AuthUser,
    id: string,
    input: CaseTransfer,
    ctx: RequestContext,
  ): Promise<CaseView> {
    const to = parseSubmittingBody(input.submittedBy);
    if (!to) {
      throw badRequest(
        `submittedBy：提交单位只能是 政法委 或 信访局：${input.submittedBy}`,
        'submittedBy',
      );
    }
    await this.cases.visible(user, id);
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(PriorityCase);
      const c = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw notFound('案件', id);
      assertEditable(c, input.version);
      if (c.submittedBy === to) throw conflict(`案件 ${c.reference} 已由该单位提交`, 'submittedBy');
      const from = c.submittedBy;
      c.submittedBy = to;
      const saved = await repo.save(c);
      await this.audit.record(
        {
          user,
          action: 'case.transfer',
          entityType: 'priority_case',
          entityId: id,
          ip: ctx.ip,
          requestId: ctx.requestId,
          detail: {
            reference: c.reference,
            submittedBy: { from, to },
            reason: input.reason,
            version: { from: input.version, to: saved.version },
          },
        },
        tx,
      );
    });
    return this.cases.get(user, id, false, ctx);
  }
}
