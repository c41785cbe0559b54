import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, type Repository } from 'typeorm';
import type { AuthUser } from '../auth/index.js';
import { Clock } from '../common/clock.js';
import { DepartmentsService, LeadersService, SubjectsService } from '../org/index.js';
import { CasePetitioner } from './case-petitioner.entity.js';
import type { RowError } from './case-input.js';
import {
  checkCaseRow,
  type CaseDraft,
  type RowCheckContext,
  type RowToCheck,
} from './case-row-check.js';
import { PiiCrypto } from './pii/pii-crypto.js';
import { PriorityCase } from './priority-case.entity.js';

export type { CaseDraft, ExistingCase, PetitionerDraft, RowToCheck } from './case-row-check.js';

/** Checks every row of a submission against the rules and the unit's data; collects all errors. */
@Injectable()
export class CaseValidator {
  constructor(
    private readonly subjects: SubjectsService,
    private readonly leaders: LeadersService,
    private readonly departments: DepartmentsService,
    private readonly crypto: PiiCrypto,
    @InjectRepository(PriorityCase) private readonly cases: Repository<PriorityCase>,
    @InjectRepository(CasePetitioner) private readonly petitioners: Repository<CasePetitioner>,
    private readonly clock: Clock,
  ) {}

  async check(
    user: AuthUser,
    unitId: string,
    rows: RowToCheck[],
  ): Promise<{ drafts: CaseDraft[]; errors: RowError[] }> {
    const subjects = await this.subjects.list();
    const labels = [...new Set(rows.map((r) => r.input.subject.trim()).filter(Boolean))];
    const ctx: RowCheckContext = {
      user,
      today: this.clock.today(),
      subjects,
      subjectCodes: new Map(
        await Promise.all(labels.map(async (l) => [l, await this.subjects.resolve(l)] as const)),
      ),
      leaders: await this.leaders.forUnit(unitId),
      departments: await this.departments.list(user, unitId, false),
      hmacIdNumber: (id) => this.crypto.hmacIdNumber(id),
    };
    const errors: RowError[] = [];
    const drafts: CaseDraft[] = [];
    for (const row of rows) {
      const checked = checkCaseRow(ctx, row);
      if ('problems' in checked) errors.push(...checked.problems);
      else drafts.push(checked.draft);
    }
    errors.push(...(await this.duplicates(unitId, drafts, rows)));
    return { drafts, errors };
  }

  /** The same reference, or the same ID number with the same subject, in the file or already open. */
  private async duplicates(
    unitId: string,
    drafts: CaseDraft[],
    rows: RowToCheck[],
  ): Promise<RowError[]> {
    const errors: RowError[] = [];
    const columnOf = new Map(rows.map((r) => [r.row, r.column]));
    const seenRef = new Map<string, number>();
    const seenPerson = new Map<string, number>();
    for (const d of drafts) {
      const column = columnOf.get(d.row)!;
      const firstRef = seenRef.get(d.reference);
      if (firstRef !== undefined) {
        errors.push({
          row: d.row,
          column: column('reference'),
          message: `案件编号与第 ${firstRef} 行重复`,
        });
      } else seenRef.set(d.reference, d.row);
      d.petitioners.forEach((p, i) => {
        const key = `${p.idNumberHmac}|${d.subjectCode}`;
        const first = seenPerson.get(key);
        if (first !== undefined && first !== d.row) {
          errors.push({
            row: d.row,
            column: column(`petitioners[${i}].idNumber`),
            message: `与第 ${first} 行重复（同一身份证号、同一信访事项分类）`,
          });
        } else seenPerson.set(key, d.row);
      });
    }
    if (drafts.length === 0) return errors;

    const editing = new Map(rows.map((r) => [r.row, r.existing?.id]));
    const existingRefs = await this.cases.find({
      select: { id: true, reference: true },
      where: { unitId, reference: In(drafts.map((d) => d.reference)) },
    });
    const hmacs = [...new Set(drafts.flatMap((d) => d.petitioners.map((p) => p.idNumberHmac)))];
    const open = hmacs.length
      ? await this.petitioners.find({
          relations: { priorityCase: true },
          where: {
            idNumberHmac: In(hmacs),
            priorityCase: { unitId, status: Not('closed') },
          },
        })
      : [];
    for (const d of drafts) {
      const column = columnOf.get(d.row)!;
      const self = editing.get(d.row);
      if (existingRefs.some((c) => c.reference === d.reference && c.id !== self)) {
        errors.push({
          row: d.row,
          column: column('reference'),
          message: `案件编号 ${d.reference} 已存在`,
        });
      }
      d.petitioners.forEach((p, i) => {
        const hit = open.find(
          (o) =>
            o.idNumberHmac === p.idNumberHmac &&
            o.caseId !== self &&
            o.priorityCase?.subjectCode === d.subjectCode,
        );
        if (hit) {
          errors.push({
            row: d.row,
            column: column(`petitioners[${i}].idNumber`),
            message: `与已有案件 ${hit.priorityCase!.reference} 重复（同一身份证号、同一信访事项分类，尚未办结）`,
          });
        }
      });
    }
    return errors;
  }
}
