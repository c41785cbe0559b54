import type { AuthUser } from '../../auth/auth-user.js';
import { mayReveal, PII_POLICY, type PetitionerView } from '../case-view.js';
import { maskIdNumber, maskName, maskPhone } from '../pii/masking.js';
import type { PiiCrypto } from '../pii/pii-crypto.js';
import type { WalkInPetitioner } from './walk-in-petitioner.entity.js';
import type { WalkInReception } from './walk-in.entity.js';

export const OUTCOME_LABELS = {
  resolved: '当场化解',
  assigned: '交办',
  transferred: '转送',
  other: '其他',
} as const;

export const SATISFACTION_LABELS = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
} as const;

export type WalkInView = Omit<
  WalkInReception,
  'leader' | 'caseLeader' | 'handlingDepartment' | 'duplicateOfCase' | 'recordedBy'
> & {
  leaderName: string;
  caseLeaderName: string;
  duplicateOfReference: string | null;
  petitioners: PetitionerView[];
  piiRevealed: boolean;
};

function show(
  access: 'revealable' | 'masked' | 'hidden',
  reveal: boolean,
  stored: string | null,
  crypto: PiiCrypto,
  mask: (v: string) => string,
): string | null {
  if (access === 'hidden' || stored === null) return null;
  const plain = crypto.decrypt(stored);
  return access === 'revealable' && reveal ? plain : mask(plain);
}

/** A walk-in as a role sees it: personal fields by the cases' policy (PII_POLICY), masked by default. */
export function walkInView(
  w: WalkInReception,
  pets: WalkInPetitioner[],
  user: AuthUser,
  reveal: boolean,
  crypto: PiiCrypto,
  names: Map<string, string>,
  duplicateOfReference: string | null,
): WalkInView {
  const policy = PII_POLICY[user.role];
  const revealed = reveal && mayReveal(user.role);
  return {
    id: w.id,
    unitId: w.unitId,
    reference: w.reference,
    date: w.date,
    session: w.session,
    leaderId: w.leaderId,
    caseLeaderId: w.caseLeaderId,
    caseLeaderReason: w.caseLeaderReason,
    persons: w.persons,
    subjectCode: w.subjectCode,
    locality: w.locality,
    summary: w.summary,
    demands: w.demands,
    outcome: w.outcome,
    handlingDepartmentId: w.handlingDepartmentId,
    followUp: w.followUp,
    dueDate: w.dueDate,
    nominalDueDate: w.nominalDueDate,
    status: w.status,
    duplicateOfCaseId: w.duplicateOfCaseId,
    duplicateOfWalkInId: w.duplicateOfWalkInId,
    closedOn: w.closedOn,
    result: w.result,
    followedUpOn: w.followedUpOn,
    satisfaction: w.satisfaction,
    resolved: w.resolved,
    escalatedCaseId: w.escalatedCaseId,
    demo: w.demo,
    version: w.version,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    leaderName: names.get(w.leaderId) ?? '',
    caseLeaderName: names.get(w.caseLeaderId) ?? '',
    duplicateOfReference,
    petitioners: [...pets]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        position: p.position,
        name: show(policy.name, revealed, p.nameEnc, crypto, maskName),
        phone: show(policy.phone, revealed, p.phoneEnc, crypto, maskPhone),
        idNumber: show(policy.idNumber, revealed, p.idNumberEnc, crypto, maskIdNumber),
      })),
    piiRevealed: revealed,
  };
}
