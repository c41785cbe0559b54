import type { AuthUser, Role } from '../auth/index.js';
import type { CasePetitioner } from './case-petitioner.entity.js';
import type { CaseFields } from './case-row-check.js';
import { maskIdNumber, maskName, maskPhone } from './pii/masking.js';
import type { PiiCrypto } from './pii/pii-crypto.js';
import type { CaseStatus, PriorityCase } from './priority-case.entity.js';

/** How a role sees one personal field: in full (on explicit request), masked, or not at all. */
export type FieldAccess = 'revealable' | 'masked' | 'hidden';

export interface PiiPolicy {
  name: FieldAccess;
  phone: FieldAccess;
  idNumber: FieldAccess;
}

/**
 * Who sees what of a petitioner. The screening bodies (信访局, 政法委) and administrators work with
 * the people and may ask for the full data (audited); 两办 schedules and sees masks only; leaders
 * and department liaisons prepare the reception and see a masked name, nothing else.
 */
export const PII_POLICY: Record<Role, PiiPolicy> = {
  admin: { name: 'revealable', phone: 'revealable', idNumber: 'revealable' },
  petition: { name: 'revealable', phone: 'revealable', idNumber: 'revealable' },
  politics: { name: 'revealable', phone: 'revealable', idNumber: 'revealable' },
  office: { name: 'masked', phone: 'masked', idNumber: 'masked' },
  leader: { name: 'masked', phone: 'hidden', idNumber: 'hidden' },
  department: { name: 'masked', phone: 'hidden', idNumber: 'hidden' },
};

export const mayReveal = (role: Role) =>
  Object.values(PII_POLICY[role]).some((a) => a === 'revealable');

/** Roles that may see restricted (纪检监察 / 检举控告) cases at all. */
export const RESTRICTED_ROLES: ReadonlyArray<Role> = ['admin', 'petition', 'politics'];

export interface PetitionerView {
  position: number;
  name: string | null;
  phone: string | null;
  idNumber: string | null;
}

export interface CaseView extends CaseFields {
  id: string;
  unitId: string;
  status: CaseStatus;
  matchNote: PriorityCase['matchNote'];
  closedReason: string | null;
  /** 检举控告 hand-over: 已受理 / 已移交纪检 / 纪检已签收 (null for other cases). */
  disciplineState: PriorityCase['disciplineState'];
  handedTo: string | null;
  handedAt: Date | null;
  handedBy: string | null;
  acknowledgedAt: Date | null;
  accusedLeaderId: string | null;
  petitioners: PetitionerView[];
  /** True when the personal fields are shown in full (and the read was audited). */
  piiRevealed: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

function show(
  access: FieldAccess,
  reveal: boolean,
  stored: string | null,
  crypto: PiiCrypto,
  mask: (v: string) => string,
): string | null {
  if (access === 'hidden' || stored === null) return null;
  const plain = crypto.decrypt(stored);
  return access === 'revealable' && reveal ? plain : mask(plain);
}

/** Stored petitioners (cases' or walk-ins') as a role sees them, in their order. */
export function petitionerViews(
  stored: Array<{
    position: number;
    nameEnc: string;
    phoneEnc: string | null;
    idNumberEnc: string;
  }>,
  role: AuthUser['role'],
  revealed: boolean,
  crypto: PiiCrypto,
): PetitionerView[] {
  const policy = PII_POLICY[role];
  return [...stored]
    .sort((a, b) => a.position - b.position)
    .map((p) => ({
      position: p.position,
      name: show(policy.name, revealed, p.nameEnc, crypto, maskName),
      phone: show(policy.phone, revealed, p.phoneEnc, crypto, maskPhone),
      idNumber: show(policy.idNumber, revealed, p.idNumberEnc, crypto, maskIdNumber),
    }));
}

export function caseView(
  c: PriorityCase,
  petitioners: CasePetitioner[],
  user: AuthUser,
  reveal: boolean,
  crypto: PiiCrypto,
): CaseView {
  const revealed = reveal && mayReveal(user.role);
  return {
    id: c.id,
    unitId: c.unitId,
    reference: c.reference,
    submittedBy: c.submittedBy,
    batch: c.batch,
    subjectCode: c.subjectCode,
    subjectLabel: c.subjectLabel,
    subcategory: c.subcategory,
    locality: c.locality,
    summary: c.summary,
    risk: c.risk,
    groupSize: c.groupSize,
    repeatCount: c.repeatCount,
    backlogYears: c.backlogYears,
    flags: c.flags,
    routing: c.routing,
    receiveBefore: c.receiveBefore,
    previousLeaderId: c.previousLeaderId,
    departmentIds: c.departmentIds,
    status: c.status,
    matchNote: c.matchNote,
    closedReason: c.closedReason,
    disciplineState: c.disciplineState,
    handedTo: c.handedTo,
    handedAt: c.handedAt,
    handedBy: c.handedBy,
    acknowledgedAt: c.acknowledgedAt,
    accusedLeaderId: c.accusedLeaderId,
    petitioners: petitionerViews(petitioners, user.role, revealed, crypto),
    piiRevealed: revealed,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
