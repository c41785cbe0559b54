import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Clock } from '../common/clock.js';
import { In, Not, type Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { LAST_YEAR } from '../common/bounds.js';
import { closestHint } from '../common/closest.js';
import { normaliseIdentifier, normaliseText } from '../common/text.js';
import { DepartmentsService } from '../org/departments.service.js';
import { LeadersService } from '../org/leaders.service.js';
import { SubjectsService } from '../org/subjects.service.js';
import { CasePetitioner } from './case-petitioner.entity.js';
import type { CaseInput, RowError } from './case-input.js';
import { MAX_REPRESENTATIVES, parseRisk, parseSubmittingBody, routeCase } from './case-rules.js';
import {
  idNumberProblem,
  normaliseIdNumber,
  normalisePhone,
  phoneProblem,
} from './pii/id-number.js';
import { PiiCrypto } from './pii/pii-crypto.js';
import { personalDataProblem } from './pii/pii-in-text.js';
import {
  type CaseFlags,
  type CaseRouting,
  PriorityCase,
  type RiskLevel,
  type SubmittingBody,
} from './priority-case.entity.js';

export interface PetitionerDraft {
  name: string;
  phone: string | null;
  idNumber: string;
  idNumberHmac: string;
}

/** A row that passed every check, ready to be written. */
export interface CaseDraft {
  row: number;
  reference: string;
  submittedBy: SubmittingBody;
  batch: string | null;
  subjectCode: string;
  subjectLabel: string;
  subcategory: string | null;
  locality: string | null;
  summary: string;
  risk: RiskLevel;
  groupSize: number;
  repeatCount: number;
  backlogYears: number;
  flags: CaseFlags;
  routing: CaseRouting;
  receiveBefore: string | null;
  previousLeaderId: string | null;
  departmentIds: string[];
  petitioners: PetitionerDraft[];
}

/**
 * The stored case an edit starts from. Its own values stand even where today's data would refuse
 * them from a new submission (a deadline since passed, a department since deactivated, another
 * body's name on a case this body edits), and it is never its own duplicate.
 */
export interface ExistingCase {
  id: string;
  submittedBy: SubmittingBody;
  receiveBefore: string | null;
  departmentIds: string[];
}

export interface RowToCheck {
  row: number;
  input: CaseInput;
  /** Names a field the way the submitter sees it: a JSON path or a file's column header. */
  column(field: string): string;
  /** Set when the row edits a stored case rather than submitting a new one. */
  existing?: ExistingCase;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    const today = this.clock.today();
    const subjectList = await this.subjects.list();
    const restricted = new Set(subjectList.filter((s) => s.restricted).map((s) => s.code));
    const subjectName = new Map(subjectList.map((s) => [s.code, s.name]));
    const resolved = new Map<string, string[]>();
    const leaders = await this.leaders.forUnit(unitId);
    const departments = await this.departments.list(user, unitId, false);
    const departmentNames = departments.map((d) => d.name);
    const subjectLabels = subjectList.flatMap((s) => [s.name, ...s.oldLabels]);

    const errors: RowError[] = [];
    const drafts: CaseDraft[] = [];
    for (const { row, input, column, existing } of rows) {
      const problems: RowError[] = [];
      const fail = (field: string, message: string) =>
        problems.push({ row, column: column(field), message });

      // Fields that travel to calendars, reminders and exports: no petitioner's phone or ID.
      const travelling = (field: string, value: string | null) => {
        const problem = value ? personalDataProblem(value) : undefined;
        if (problem) fail(field, problem);
        return value;
      };
      // Compared as identifiers: two references that look the same are the same.
      const reference = normaliseIdentifier(input.reference);
      if (!reference) fail('reference', '案件编号不能为空');
      travelling('reference', reference);
      const batch = travelling('batch', normaliseIdentifier(input.batch ?? '') || null);
      const locality = travelling('locality', normaliseText(input.locality ?? '') || null);

      let submittedBy: SubmittingBody = user.role === 'politics' ? 'politics' : 'petition';
      if (input.submittedBy?.trim()) {
        const body = parseSubmittingBody(input.submittedBy);
        if (!body) fail('submittedBy', `提交单位只能是 政法委 或 信访局：${input.submittedBy}`);
        else if (
          (user.role === 'politics' || user.role === 'petition') &&
          body !== user.role &&
          body !== existing?.submittedBy
        ) {
          fail('submittedBy', '只能以本单位（政法委或信访局）名义提交');
        } else submittedBy = body;
      }

      const label = input.subject.trim();
      let subjectCode = '';
      if (!label) fail('subject', '信访事项分类不能为空');
      else {
        if (!resolved.has(label)) resolved.set(label, await this.subjects.resolve(label));
        const codes = resolved.get(label)!;
        if (codes.length === 0) {
          fail(
            'subject',
            `未知的信访事项分类：${label}${closestHint(label, subjectLabels)}；可填写的分类见导入模板“填写说明”`,
          );
        } else if (codes.length > 1) {
          const names = codes.map((c) => subjectName.get(c) ?? c).join('、');
          fail('subject', `旧分类「${label}」对应多个现行分类（${names}），请填写其中一个`);
        } else subjectCode = codes[0];
      }

      const summary = input.summary.trim();
      if (!summary) fail('summary', '简要案情不能为空');

      const risk = parseRisk(input.risk);
      if (!risk) fail('risk', `风险等级只能是 红、橙、黄、蓝：${input.risk}`);

      if (input.groupSize < 1) fail('groupSize', '涉及人数至少为 1');
      if (input.groupSize > 100000) fail('groupSize', '涉及人数过大');
      const repeatCount = input.repeatCount ?? 0;
      if (repeatCount < 0 || repeatCount > 10000)
        fail('repeatCount', '重复信访次数应在 0 到 10000 之间');
      const backlogYears = input.backlogYears ?? 0;
      if (backlogYears < 0 || backlogYears > 100)
        fail('backlogYears', '积案年数应在 0 到 100 之间');

      const flags: CaseFlags = {
        crossLevel: input.flags?.crossLevel ?? false,
        beijing: input.flags?.beijing ?? false,
        threeCross: input.flags?.threeCross ?? false,
        threat: input.flags?.threat ?? false,
        lawRelated: input.flags?.lawRelated ?? false,
        accusation: input.flags?.accusation ?? false,
      };
      const routing = routeCase(restricted.has(subjectCode), subjectCode, flags);

      let receiveBefore: string | null = null;
      const deadline = input.receiveBefore?.trim();
      if (!deadline) {
        if (routing !== 'restricted') fail('receiveBefore', '约访截止日期不能为空');
      } else if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline) || !DateTime.fromISO(deadline).isValid) {
        fail('receiveBefore', `约访截止日期不是有效日期（应为 YYYY-MM-DD）：${deadline}`);
      } else if (deadline <= today && deadline !== existing?.receiveBefore) {
        fail('receiveBefore', `约访截止日期 ${deadline} 已过（须晚于今天 ${today}）`);
      } else if (Number(deadline.slice(0, 4)) > LAST_YEAR) {
        fail('receiveBefore', `约访截止日期 ${deadline} 超出范围（至多 ${LAST_YEAR} 年）`);
      } else receiveBefore = deadline;

      const petitioners: PetitionerDraft[] = [];
      if (input.petitioners.length === 0) fail('petitioners[0].name', '至少填写一名信访人');
      if (input.petitioners.length > MAX_REPRESENTATIVES) {
        fail(
          `petitioners[${MAX_REPRESENTATIVES}].name`,
          `最多 ${MAX_REPRESENTATIVES} 名代表参加接访`,
        );
      }
      if (input.groupSize >= 1 && input.petitioners.length > input.groupSize) {
        fail(
          'groupSize',
          `涉及人数（${input.groupSize}）少于填写的信访人数（${input.petitioners.length}）`,
        );
      }
      input.petitioners.slice(0, MAX_REPRESENTATIVES).forEach((p, i) => {
        const at = (f: string) => `petitioners[${i}].${f}`;
        const name = p.name.trim();
        if (!name) fail(at('name'), '信访人姓名不能为空');
        else if (name.length > 50) fail(at('name'), '信访人姓名过长');
        let phone: string | null = null;
        if (p.phone?.trim()) {
          const problem = phoneProblem(p.phone);
          if (problem) fail(at('phone'), problem);
          else phone = normalisePhone(p.phone);
        }
        const idProblem = idNumberProblem(p.idNumber);
        if (idProblem) fail(at('idNumber'), idProblem);
        const idNumber = normaliseIdNumber(p.idNumber);
        if (!idProblem && name) {
          petitioners.push({
            name,
            phone,
            idNumber,
            idNumberHmac: this.crypto.hmacIdNumber(idNumber),
          });
        }
      });

      let previousLeaderId: string | null = null;
      const prev = input.previousLeader?.trim();
      if (prev) {
        const wanted = normaliseIdentifier(prev);
        const leader = leaders.find(
          (l) =>
            l.code === wanted ||
            normaliseIdentifier(l.name) === wanted ||
            (UUID.test(wanted) && l.id === wanted),
        );
        if (!leader) fail('previousLeader', `本单位没有这位领导：${prev}`);
        else previousLeaderId = leader.id;
      }

      const departmentIds: string[] = [];
      for (const [i, d] of (input.departments ?? []).entries()) {
        const name = normaliseIdentifier(d);
        if (!name) continue;
        const dep = departments.find(
          (x) => normaliseIdentifier(x.name) === name || (UUID.test(name) && x.id === name),
        );
        const kept = UUID.test(name) && existing?.departmentIds.includes(name) ? name : undefined;
        const depId = dep?.id ?? kept;
        if (!depId) {
          fail(
            `departments[${i}]`,
            `本单位没有这个部门：${name}${closestHint(name, departmentNames)}；本单位的 ${departmentNames.length} 个部门见导入模板“填写说明”`,
          );
        } else if (!departmentIds.includes(depId)) departmentIds.push(depId);
      }

      if (problems.length > 0) {
        errors.push(...problems);
        continue;
      }
      drafts.push({
        row,
        reference,
        submittedBy,
        batch,
        subjectCode,
        subjectLabel: label,
        subcategory: input.subcategory?.trim() || null,
        locality,
        summary,
        risk: risk!,
        groupSize: input.groupSize,
        repeatCount,
        backlogYears,
        flags,
        routing,
        receiveBefore,
        previousLeaderId,
        departmentIds,
        petitioners,
      });
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
