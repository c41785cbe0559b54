/**
 * An edit of a stored case, as pure functions: what the submission check sees (the stored case
 * with the patch laid over it), which fields really changed, and what the audit log may show.
 * CasesService.update does the reading, writing and locking around them.
 */
import { AppError, versionConflict } from '../common/app-error.js';
import type { CaseInput, PetitionerInput } from './case-input.js';
import { parseSubmittingBody } from './case-rules.js';
import type { CaseDraft } from './case-validator.js';
import type { PriorityCase } from './priority-case.entity.js';

/** An edit: any fields of a submission, and the version the editor saw. */
export type CasePatch = Partial<CaseInput> & { version: number };

/** A stored petitioner, decrypted. */
export type StoredPetitioner = { name: string; phone: string | null; idNumber: string };

/** Fields whose old and new values may go into the audit log: everything but free text about people. */
const AUDITED_VALUES = new Set<keyof PriorityCase>([
  'reference',
  'submittedBy',
  'batch',
  'subjectCode',
  'subcategory',
  'locality',
  'risk',
  'groupSize',
  'repeatCount',
  'backlogYears',
  'flags',
  'routing',
  'receiveBefore',
  'previousLeaderId',
  'departmentIds',
]);

/** Compares stored and edited values: object keys in any order (jsonb reorders them), sets of ids. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    Array.isArray(x)
      ? [...x].sort()
      : x && typeof x === 'object'
        ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
        : x,
  );

/** Closed cases are history; a version other than the stored one means someone edited first. */
export function assertEditable(c: PriorityCase, version: number): void {
  if (c.status === 'closed') {
    throw new AppError('CASE_CLOSED', `案件 ${c.reference} 已办结，不能修改`);
  }
  if (version !== c.version) throw versionConflict();
}

/** The stored fields a validated draft sets: the same on submission and on edit. */
export function draftFields(d: CaseDraft) {
  return {
    reference: d.reference,
    submittedBy: d.submittedBy,
    batch: d.batch,
    subjectCode: d.subjectCode,
    subjectLabel: d.subjectLabel,
    subcategory: d.subcategory,
    locality: d.locality,
    summary: d.summary,
    risk: d.risk,
    groupSize: d.groupSize,
    repeatCount: d.repeatCount,
    backlogYears: d.backlogYears,
    flags: d.flags,
    routing: d.routing,
    receiveBefore: d.receiveBefore,
    previousLeaderId: d.previousLeaderId,
    departmentIds: d.departmentIds,
  };
}

/** The patch's fields that were given (undefined means "keep the stored value"). */
export function givenFields(patch: CasePatch): Partial<CaseInput> {
  return Object.fromEntries(
    Object.entries(patch).filter(([k, v]) => k !== 'version' && v !== undefined),
  ) as Partial<CaseInput>;
}

/**
 * The submission the check sees: the stored case with the given fields over it. The submitting
 * body is set at submission and changes only by an administrator's transfer; flags merge key by key.
 */
export function patchedInput(
  current: PriorityCase,
  storedPeople: StoredPetitioner[],
  given: Partial<CaseInput>,
): CaseInput {
  if (
    given.submittedBy !== undefined &&
    parseSubmittingBody(given.submittedBy ?? '') !== current.submittedBy
  ) {
    throw new AppError(
      'TRANSFER_REQUIRED',
      'submittedBy：提交单位在提交时确定，不能在修改中变更；如需变更，请管理员办理移交',
      { field: 'submittedBy' },
    );
  }
  return {
    reference: current.reference,
    batch: current.batch,
    // The code, not the label as once submitted: an old label may since have become ambiguous.
    subject: current.subjectCode,
    subcategory: current.subcategory,
    locality: current.locality,
    summary: current.summary,
    risk: current.risk,
    groupSize: current.groupSize,
    petitioners: storedPeople,
    repeatCount: current.repeatCount,
    backlogYears: current.backlogYears,
    receiveBefore: current.receiveBefore,
    previousLeader: current.previousLeaderId,
    departments: current.departmentIds,
    ...given,
    submittedBy: current.submittedBy,
    flags: { ...current.flags, ...given.flags },
  };
}

/** What a checked edit changes: the new stored fields, which of them differ, and the people. */
export function caseChanges(
  current: PriorityCase,
  draft: CaseDraft,
  given: Partial<CaseInput>,
  storedPeople: StoredPetitioner[],
): { next: Partial<PriorityCase>; changed: Array<keyof PriorityCase>; peopleChanged: boolean } {
  const next: Partial<PriorityCase> = {
    ...draftFields(draft),
    subjectLabel: given.subject !== undefined ? draft.subjectLabel : current.subjectLabel,
  };
  const changed = (Object.keys(next) as Array<keyof PriorityCase>).filter(
    (k) => k !== 'subjectLabel' && canonical(next[k]) !== canonical(current[k]),
  );
  const peopleChanged =
    given.petitioners !== undefined &&
    JSON.stringify(draft.petitioners.map(personOf)) !== JSON.stringify(storedPeople.map(personOf));
  return { next, changed, peopleChanged };
}

const personOf = ({ name, phone, idNumber }: PetitionerInput): StoredPetitioner => ({
  name,
  phone: phone ?? null,
  idNumber,
});

/** Old and new values of the changed fields the audit log may show. */
export function auditedValues(
  changed: Array<keyof PriorityCase>,
  before: PriorityCase,
  after: PriorityCase,
): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    changed.filter((k) => AUDITED_VALUES.has(k)).map((k) => [k, { from: before[k], to: after[k] }]),
  );
}
