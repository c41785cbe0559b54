import { z } from 'zod';
import { isoDate, isoMonth } from '../common/bounds.js';
import { text } from '../common/text.js';
import { rangeProblem } from './absences.js';
import {
  AVAILABILITY_KINDS,
  AVAILABILITY_SESSIONS,
  UNAVAILABLE_REASONS,
} from './availability.entity.js';

const entryFields = {
  date: isoDate,
  /** null or absent = the whole day. */
  session: z.enum(AVAILABILITY_SESSIONS).nullable().default(null),
  kind: z.enum(AVAILABILITY_KINDS),
  reason: z.enum(UNAVAILABLE_REASONS).nullable().default(null),
  note: text({ max: 200, multiline: true }).default(''),
};

/** A reason is what makes "unavailable" hard; wishes carry none. */
const reasonMatchesKind = (e: { kind: string; reason: string | null }, ctx: z.RefinementCtx) => {
  if (e.kind === 'unavailable' && !e.reason) {
    ctx.addIssue({
      code: 'custom',
      message: '不可参加时须选择原因（出差/会议/请假/其他）',
      path: ['reason'],
    });
  }
  if (e.kind !== 'unavailable' && e.reason) {
    ctx.addIssue({ code: 'custom', message: '只有“不可参加”需要填写原因', path: ['reason'] });
  }
};

const entrySchema = z.strictObject(entryFields).superRefine(reasonMatchesKind);
const unitEntrySchema = z
  .strictObject({ leaderId: z.uuid(), ...entryFields })
  .superRefine(reasonMatchesKind);

export type AvailabilityInput = z.infer<typeof unitEntrySchema>;

export const leaderAvailabilitySchema = z.strictObject({
  entries: z.array(entrySchema).min(1).max(200),
});
export type LeaderAvailabilityBody = z.infer<typeof leaderAvailabilitySchema>;

/** Office bulk entry for several leaders of a unit. */
export const unitAvailabilitySchema = z.strictObject({
  entries: z.array(unitEntrySchema).min(1).max(1000),
});
export type UnitAvailabilityBody = z.infer<typeof unitAvailabilitySchema>;

export const availabilityMonthSchema = z.strictObject({
  month: isoMonth,
});
export type AvailabilityMonth = z.infer<typeof availabilityMonthSchema>;

/** Absences as date ranges for one or several leaders (expanded into per-day entries). */
export const absenceRangesSchema = z.strictObject({
  absences: z
    .array(
      z
        .strictObject({
          leaderIds: z.array(z.uuid()).min(1, '请至少选择一位领导').max(50),
          from: isoDate,
          to: isoDate,
          startsAt: z.enum(AVAILABILITY_SESSIONS).default('AM'),
          endsAfter: z.enum(AVAILABILITY_SESSIONS).default('PM'),
          reason: z.enum(UNAVAILABLE_REASONS),
          note: text({ max: 200 }).default(''),
        })
        .superRefine((r, ctx) => {
          const problem = rangeProblem(r);
          if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['to'] });
        }),
    )
    .min(1)
    .max(100),
});
export type AbsenceRangesBody = z.infer<typeof absenceRangesSchema>;

/** A pasted list "领导, 开始, 结束, 原因[, 备注]", one absence a line. */
export const absencePasteSchema = z.strictObject({
  text: text({ max: 50_000, min: 1, multiline: true }),
});
export type AbsencePasteBody = z.infer<typeof absencePasteSchema>;
