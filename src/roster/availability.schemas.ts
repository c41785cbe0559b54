import { z } from 'zod';
import { isoDate, isoMonth } from '../common/bounds.js';
import { text } from '../common/text.js';
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
