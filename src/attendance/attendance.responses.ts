import { z } from 'zod';
import { apiModel, dutyCode } from '../common/api-responses.js';
import { ATTENDANCE_STATUSES } from './attendance.entity.js';

/** One duty of the record: as planned, and what happened (or `unrecorded` while nobody said). */
export const dutyRecordResponse = apiModel(
  'DutyRecord',
  z.object({
    date: z.string(),
    session: dutyCode,
    plannedLeaderId: z.string(),
    plannedLeaderName: z.string(),
    status: z.enum([...ATTENDANCE_STATUSES, 'unrecorded']),
    /** Who sat: the record's leader; while unrecorded, the planned leader is assumed. */
    satLeaderId: z.string().nullable(),
    satLeaderName: z.string().nullable(),
    reason: z.string().nullable(),
    demo: z.boolean(),
    /** The planned leader confirmed the duty (确认出席) before it began. */
    confirmed: z.boolean(),
    begun: z.boolean(),
  }),
);

/** A leader's duties in a month, from the record (README, 统计口径). */
const counts = {
  planned: z.number(),
  confirmed: z.number(),
  sat: z.number(),
  substitutedOut: z.number(),
  substitutedIn: z.number(),
  absent: z.number(),
  unrecorded: z.number(),
};

export const attendanceCountsResponse = apiModel('AttendanceCounts', z.object(counts));

export const attendanceFiguresResponse = apiModel(
  'AttendanceFigures',
  z.object({
    year: z.number(),
    leaders: z.array(
      z.object({
        leaderId: z.string(),
        code: z.string(),
        name: z.string(),
        months: z.array(z.object({ month: z.string(), ...counts })),
        year: attendanceCountsResponse,
      }),
    ),
  }),
);
