import type { AuthUser } from '../../auth/index.js';
import { mayReveal, petitionerViews, type PetitionerView } from '../case-view.js';
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
    petitioners: petitionerViews(pets, user.role, revealed, crypto),
    piiRevealed: revealed,
  };
}
