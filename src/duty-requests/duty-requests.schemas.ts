import { z } from 'zod';
import { text } from '../common/text.js';
import { LEAVE_REASONS, REQUEST_KINDS } from './duty-request.entity.js';

export const createRequestSchema = z
  .strictObject({
    kind: z.enum(REQUEST_KINDS),
    assignmentId: z.uuid(),
    otherAssignmentId: z.uuid().optional(),
    reasonKind: z.enum(LEAVE_REASONS),
    reasonText: text({ max: 200 }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'swap' && !v.otherAssignmentId)
      ctx.addIssue({
        code: 'custom',
        path: ['otherAssignmentId'],
        message: '换班须指定对方的班次',
      });
    if (v.kind === 'leave' && v.otherAssignmentId)
      ctx.addIssue({ code: 'custom', path: ['otherAssignmentId'], message: '请假不指定对方班次' });
  });
export type CreateRequest = z.infer<typeof createRequestSchema>;

export const approveSchema = z.strictObject({ substituteLeaderId: z.uuid().optional() });
export const noteSchema = z.strictObject({ note: text({ max: 200 }).optional() });
export const requestListQuerySchema = z.strictObject({
  status: z.enum(['open', 'all']).optional(),
});
