import type { DutyRequest } from './duty-request.entity.js';
import { LEAVE_REASON_NAMES } from './duty-request.entity.js';
import { statusName } from './transitions.js';

/** A request as the page and the API show it (names resolved, never petitioner data). */
export function requestView(r: DutyRequest, names: ReadonlyMap<string, string>) {
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  return {
    id: r.id,
    unitId: r.unitId,
    rosterId: r.rosterId,
    kind: r.kind,
    status: r.status,
    statusName: statusName(r.status),
    assignmentId: r.assignmentId,
    leaderId: r.leaderId,
    leaderName: name(r.leaderId),
    date: r.date,
    session: r.session,
    otherAssignmentId: r.otherAssignmentId,
    otherLeaderId: r.otherLeaderId,
    otherLeaderName: name(r.otherLeaderId),
    otherDate: r.otherDate,
    otherSession: r.otherSession,
    reasonKind: r.reasonKind,
    reasonName: LEAVE_REASON_NAMES[r.reasonKind],
    reasonText: r.reasonText,
    substituteLeaderId: r.substituteLeaderId,
    substituteName: name(r.substituteLeaderId),
    publishedVersion: r.publishedVersion,
    expiresAt: r.expiresAt,
    requestedByName: r.requestedByName,
    steps: r.steps,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type RequestView = ReturnType<typeof requestView>;
