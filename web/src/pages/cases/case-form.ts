/** The case edit form as data: filled from a case, and the patch of what the clerk changed. Pure. */
import { ApiError } from '../../api/client.js';
import type {
  CaseFlags,
  CaseUpdateResult,
  PetitionerView,
  PriorityCase,
  RowError,
  Subject,
} from '../../api/types.js';
import { FLAG_NAMES } from './case-labels.js';

/** 条例: at most 5 representatives of a group attend. */
export const MAX_PETITIONERS = 5;

export interface PersonForm {
  name: string;
  phone: string;
  idNumber: string;
}

export const EMPTY_PERSON: PersonForm = { name: '', phone: '', idNumber: '' };

export function formOf(c: PriorityCase) {
  return {
    reference: c.reference,
    submittedBy: c.submittedBy,
    batch: c.batch ?? '',
    subjectCode: c.subjectCode,
    subcategory: c.subcategory ?? '',
    locality: c.locality ?? '',
    summary: c.summary,
    risk: c.risk,
    groupSize: String(c.groupSize),
    repeatCount: String(c.repeatCount),
    backlogYears: String(c.backlogYears),
    flags: { ...c.flags },
    receiveBefore: c.receiveBefore ?? '',
    previousLeaderId: c.previousLeaderId ?? '',
    departmentIds: [...c.departmentIds],
  };
}
export type CaseForm = ReturnType<typeof formOf>;

/** The petitioners as the edit form holds them (from a revealed read: in full). */
export const peopleOf = (c: PriorityCase): PersonForm[] =>
  c.petitioners.map((p) => ({
    name: p.name ?? '',
    phone: p.phone ?? '',
    idNumber: p.idNumber ?? '',
  }));

export const FLAG_KEYS = Object.keys(FLAG_NAMES) as Array<keyof CaseFlags>;

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Only what changed goes to the service: it judges the edit with the submission's rules. */
export function patchOf(
  c: PriorityCase,
  f: CaseForm,
  subjects: Subject[],
  people: PersonForm[] | null,
): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  if (f.reference.trim() !== c.reference) p.reference = f.reference.trim();
  if (orNull(f.batch) !== c.batch) p.batch = orNull(f.batch);
  if (f.subjectCode !== c.subjectCode) {
    // The name, not the code: the service keeps what was submitted as the visible label.
    p.subject = subjects.find((s) => s.code === f.subjectCode)?.name ?? f.subjectCode;
  }
  if (orNull(f.subcategory) !== c.subcategory) p.subcategory = orNull(f.subcategory);
  if (orNull(f.locality) !== c.locality) p.locality = orNull(f.locality);
  if (f.summary.trim() !== c.summary) p.summary = f.summary.trim();
  if (f.risk !== c.risk) p.risk = f.risk;
  for (const k of ['groupSize', 'repeatCount', 'backlogYears'] as const) {
    if (Number(f[k]) !== c[k]) p[k] = Number(f[k]);
  }
  const flags = FLAG_KEYS.filter((k) => f.flags[k] !== c.flags[k]);
  if (flags.length) p.flags = Object.fromEntries(flags.map((k) => [k, f.flags[k]]));
  if (orNull(f.receiveBefore) !== c.receiveBefore) p.receiveBefore = orNull(f.receiveBefore);
  if (orNull(f.previousLeaderId) !== c.previousLeaderId) {
    p.previousLeader = orNull(f.previousLeaderId);
  }
  if (!sameIds(f.departmentIds, c.departmentIds)) p.departments = f.departmentIds;
  if (people) {
    p.petitioners = people.map((x) => ({
      name: x.name.trim(),
      phone: orNull(x.phone),
      idNumber: x.idNumber.trim(),
    }));
  }
  return p;
}

/** The row problems of a refused submission or edit (422 INVALID_ROWS). */
export function invalidRows(err: unknown): RowError[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.body.errors)) return [];
  return err.body.errors as RowError[];
}

export const personText = (p: PetitionerView) =>
  [p.name, p.phone, p.idNumber].filter(Boolean).join(' · ');

/** What a saved edit did, appointments included. */
export function savedText(saved: CaseUpdateResult): string {
  const flagged = saved.appointmentEffects.filter((x) => x.action === 'flagged').length;
  const cancelled = saved.appointmentEffects.filter((x) => x.action === 'cancelled').length;
  return (
    `已保存案件 ${saved.reference} 的修改。` +
    (flagged ? `${flagged} 件约访已不再符合条件，退回待确认，请重新安排。` : '') +
    (cancelled ? `${cancelled} 件约访已取消（案件不再公开安排接访）。` : '')
  );
}
