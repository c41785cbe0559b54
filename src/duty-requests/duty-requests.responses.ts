import { z } from 'zod';
import { apiModel, dutyCode } from '../common/api-responses.js';
import { LEAVE_REASONS, REQUEST_KINDS, REQUEST_STATUSES } from './duty-request.entity.js';

const requestStatus = z.enum(REQUEST_STATUSES);

/** A leader's leave (请假) or swap (换班) request on a published duty, names resolved. */
export const dutyRequestResponse = apiModel(
  'DutyRequest',
  z.object({
    id: z.string(),
    unitId: z.string(),
    rosterId: z.string(),
    kind: z.enum(REQUEST_KINDS),
    status: requestStatus,
    statusName: z.string(),
    assignmentId: z.string(),
    leaderId: z.string(),
    leaderName: z.string().nullable(),
    date: z.string(),
    session: dutyCode,
    otherAssignmentId: z.string().nullable(),
    otherLeaderId: z.string().nullable(),
    otherLeaderName: z.string().nullable(),
    otherDate: z.string().nullable(),
    otherSession: dutyCode.nullable(),
    reasonKind: z.enum(LEAVE_REASONS),
    reasonName: z.string(),
    reasonText: z.string(),
    substituteLeaderId: z.string().nullable(),
    substituteName: z.string().nullable(),
    publishedVersion: z.number().nullable(),
    expiresAt: z.string(),
    requestedByName: z.string(),
    steps: z.array(
      z.object({
        at: z.string(),
        status: requestStatus,
        byUserId: z.string().nullable(),
        byName: z.string(),
        note: z.string().nullable(),
      }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
