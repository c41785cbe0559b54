import { z } from 'zod';
import { isoDate, isoMonth, queryYear } from '../common/bounds.js';
import { text } from '../common/text.js';
import { ATTENDANCE_STATUSES } from './attendance.entity.js';

/** One duty's attendance: 到岗, 代班 by whom, 缺席 with the reason. */
export const attendanceSchema = z
  .strictObject({
    date: isoDate,
    session: z.enum(['AM', 'PM', 'CALL']),
    leaderId: z.uuid(),
    status: z.enum(ATTENDANCE_STATUSES),
    substituteLeaderId: z.uuid().nullish(),
    reason: text({ max: 500, multiline: true }).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'substituted' && !v.substituteLeaderId) {
      ctx.addIssue({
        code: 'custom',
        path: ['substituteLeaderId'],
        message: '代班须填写实际坐班的领导',
      });
    }
    if (v.status !== 'substituted' && v.substituteLeaderId) {
      ctx.addIssue({
        code: 'custom',
        path: ['substituteLeaderId'],
        message: '只有代班才填写代班领导',
      });
    }
    if (v.status === 'absent' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '缺席须填写原因' });
    }
  });

export type AttendanceInput = z.infer<typeof attendanceSchema>;

export const attendanceQuerySchema = z.strictObject({ month: isoMonth });

export const attendanceFiguresQuerySchema = z.strictObject({ year: queryYear });
