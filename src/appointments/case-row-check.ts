/**
 * The checks of one submitted case row against the rules and the unit's reference data (subjects,
 * leaders, departments): pure, so each rule is tested without a database. CaseValidator loads the
 * reference data, runs these over every row, then looks for duplicates in the database.
 */
import { DateTime } from 'luxon';
import type { AuthUser } from '../auth/index.js';
import { LAST_YEAR } from '../common/bounds.js';
import { closestHint } from '../common/closest.js';
import { normaliseIdentifier, normaliseText } from '../common/text.js';
import type { SubjectView } from '../org/index.js';
import type { CaseInput, RowError } from './case-input.js';
import { MAX_REPRESENTATIVES, parseRisk, parseSubmittingBody, routeCase } from './case-rules.js';
import {
  idNumberProblem,
  normaliseIdNumber,
  normalisePhone,
  phoneProblem,
} from './pii/id-number.js';
import { personalDataProblem } from './pii/pii-in-text.js';
import type { CaseFlags, CaseRouting, RiskLevel, SubmittingBody } from './priority-case.entity.js';

export interface PetitionerDraft {
  name: string;
  phone: string | null;
  idNumber: string;
  idNumberHmac: string;
}

/** A case's own fields, as submitted and checked: what a draft writes and a view shows. */
export interface CaseFields {
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
}

/** A row that passed every check, ready to be written. */
export interface CaseDraft extends CaseFields {
  row: number;
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

/** What the checks read besides the row: the submitter, today, and the unit's reference data. */
export interface RowCheckContext {
  user: Pick<AuthUser, 'role'>;
  /** Today in China (YYYY-MM-DD). */
  today: string;
  subjects: SubjectView[];
  /** The current subject codes each submitted label resolves to (old labels may give several). */
  subjectCodes: Map<string, string[]>;
  leaders: Array<{ id: string; code: string; name: string }>;
  /** The unit's active departments. */
  departments: Array<{ id: string; name: string }>;
  hmacIdNumber: (idNumber: string) => string;
}

type Fail = (field: string, message: string) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every problem of the row, or the draft it makes. */
export function checkCaseRow(
  ctx: RowCheckContext,
  { row, input, column, existing }: RowToCheck,
): { draft: CaseDraft } | { problems: RowError[] } {
  const problems: RowError[] = [];
  const fail: Fail = (field, message) => problems.push({ row, column: column(field), message });

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
  const submittedBy = checkSubmittedBy(ctx.user, input, existing, fail);
  const label = input.subject.trim();
  const subjectCode = checkSubject(ctx, label, fail);
  const summary = input.summary.trim();
  if (!summary) fail('summary', '简要案情不能为空');
  const risk = parseRisk(input.risk);
  if (!risk) fail('risk', `风险等级只能是 红、橙、黄、蓝：${input.risk}`);
  const { repeatCount, backlogYears } = checkCounts(input, fail);
  const flags: CaseFlags = {
    crossLevel: input.flags?.crossLevel ?? false,
    beijing: input.flags?.beijing ?? false,
    threeCross: input.flags?.threeCross ?? false,
    threat: input.flags?.threat ?? false,
    lawRelated: input.flags?.lawRelated ?? false,
    accusation: input.flags?.accusation ?? false,
  };
  const restricted = ctx.subjects.some((s) => s.restricted && s.code === subjectCode);
  const routing = routeCase(restricted, subjectCode, flags);
  const receiveBefore = checkDeadline(ctx.today, input, routing, existing, fail);
  const petitioners = checkPetitioners(input, ctx.hmacIdNumber, fail);
  const previousLeaderId = resolveLeader(ctx.leaders, input.previousLeader, fail);
  const departmentIds = resolveDepartments(ctx.departments, input.departments, existing, fail);

  if (problems.length > 0) return { problems };
  return {
    draft: {
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
    },
  };
}

/** The body a case is submitted as: one's own, unless an edit keeps the stored one. */
export function checkSubmittedBy(
  user: Pick<AuthUser, 'role'>,
  input: Pick<CaseInput, 'submittedBy'>,
  existing: Pick<ExistingCase, 'submittedBy'> | undefined,
  fail: Fail,
): SubmittingBody {
  const own: SubmittingBody = user.role === 'politics' ? 'politics' : 'petition';
  if (!input.submittedBy?.trim()) return own;
  const body = parseSubmittingBody(input.submittedBy);
  if (!body) {
    fail('submittedBy', `提交单位只能是 政法委 或 信访局：${input.submittedBy}`);
    return own;
  }
  if (
    (user.role === 'politics' || user.role === 'petition') &&
    body !== user.role &&
    body !== existing?.submittedBy
  ) {
    fail('submittedBy', '只能以本单位（政法委或信访局）名义提交');
    return own;
  }
  return body;
}

/** The current subject code of a label; an old label must name exactly one. */
export function checkSubject(
  ctx: Pick<RowCheckContext, 'subjects' | 'subjectCodes'>,
  label: string,
  fail: Fail,
): string {
  if (!label) {
    fail('subject', '信访事项分类不能为空');
    return '';
  }
  const codes = ctx.subjectCodes.get(label) ?? [];
  if (codes.length === 1) return codes[0];
  if (codes.length === 0) {
    const labels = ctx.subjects.flatMap((s) => [s.name, ...s.oldLabels]);
    fail(
      'subject',
      `未知的信访事项分类：${label}${closestHint(label, labels)}；可填写的分类见导入模板“填写说明”`,
    );
  } else {
    const name = new Map(ctx.subjects.map((s) => [s.code, s.name]));
    const names = codes.map((c) => name.get(c) ?? c).join('、');
    fail('subject', `旧分类「${label}」对应多个现行分类（${names}），请填写其中一个`);
  }
  return '';
}

function checkCounts(
  input: Pick<CaseInput, 'groupSize' | 'repeatCount' | 'backlogYears'>,
  fail: Fail,
) {
  if (input.groupSize < 1) fail('groupSize', '涉及人数至少为 1');
  if (input.groupSize > 100000) fail('groupSize', '涉及人数过大');
  const repeatCount = input.repeatCount ?? 0;
  if (repeatCount < 0 || repeatCount > 10000)
    fail('repeatCount', '重复信访次数应在 0 到 10000 之间');
  const backlogYears = input.backlogYears ?? 0;
  if (backlogYears < 0 || backlogYears > 100) fail('backlogYears', '积案年数应在 0 到 100 之间');
  return { repeatCount, backlogYears };
}

/**
 * The date the case must be received by: required unless the case is restricted, a real date
 * after today (an edit may keep its stored one), and within the years the service plans.
 */
export function checkDeadline(
  today: string,
  input: Pick<CaseInput, 'receiveBefore'>,
  routing: CaseRouting,
  existing: Pick<ExistingCase, 'receiveBefore'> | undefined,
  fail: Fail,
): string | null {
  const deadline = input.receiveBefore?.trim();
  if (!deadline) {
    if (routing !== 'restricted') fail('receiveBefore', '约访截止日期不能为空');
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline) || !DateTime.fromISO(deadline).isValid) {
    fail('receiveBefore', `约访截止日期不是有效日期（应为 YYYY-MM-DD）：${deadline}`);
  } else if (deadline <= today && deadline !== existing?.receiveBefore) {
    fail('receiveBefore', `约访截止日期 ${deadline} 已过（须晚于今天 ${today}）`);
  } else if (Number(deadline.slice(0, 4)) > LAST_YEAR) {
    fail('receiveBefore', `约访截止日期 ${deadline} 超出范围（至多 ${LAST_YEAR} 年）`);
  } else return deadline;
  return null;
}

/** At least one and at most MAX_REPRESENTATIVES petitioners, no more than the group. */
export function checkPetitioners(
  input: Pick<CaseInput, 'petitioners' | 'groupSize'>,
  hmacIdNumber: (idNumber: string) => string,
  fail: Fail,
): PetitionerDraft[] {
  const petitioners: PetitionerDraft[] = [];
  if (input.petitioners.length === 0) fail('petitioners[0].name', '至少填写一名信访人');
  if (input.petitioners.length > MAX_REPRESENTATIVES) {
    fail(`petitioners[${MAX_REPRESENTATIVES}].name`, `最多 ${MAX_REPRESENTATIVES} 名代表参加接访`);
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
      petitioners.push({ name, phone, idNumber, idNumberHmac: hmacIdNumber(idNumber) });
    }
  });
  return petitioners;
}

/** The leader a case names as received before, by code, name or id. */
export function resolveLeader(
  leaders: RowCheckContext['leaders'],
  previousLeader: string | undefined | null,
  fail: Fail,
): string | null {
  const prev = previousLeader?.trim();
  if (!prev) return null;
  const wanted = normaliseIdentifier(prev);
  const leader = leaders.find(
    (l) =>
      l.code === wanted ||
      normaliseIdentifier(l.name) === wanted ||
      (UUID.test(wanted) && l.id === wanted),
  );
  if (!leader) fail('previousLeader', `本单位没有这位领导：${prev}`);
  return leader?.id ?? null;
}

/** The departments that must attend, by name or id; an edit keeps one since deactivated. */
export function resolveDepartments(
  departments: RowCheckContext['departments'],
  wanted: string[] | undefined,
  existing: Pick<ExistingCase, 'departmentIds'> | undefined,
  fail: Fail,
): string[] {
  const names = departments.map((d) => d.name);
  const ids: string[] = [];
  for (const [i, d] of (wanted ?? []).entries()) {
    const name = normaliseIdentifier(d);
    if (!name) continue;
    const dep = departments.find(
      (x) => normaliseIdentifier(x.name) === name || (UUID.test(name) && x.id === name),
    );
    const kept = UUID.test(name) && existing?.departmentIds.includes(name) ? name : undefined;
    const id = dep?.id ?? kept;
    if (!id) {
      fail(
        `departments[${i}]`,
        `本单位没有这个部门：${name}${closestHint(name, names)}；本单位的 ${names.length} 个部门见导入模板“填写说明”`,
      );
    } else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
