import { z } from 'zod';
import { isoDate, version } from '../common/bounds.js';
import { text } from '../common/text.js';
import { ROTATION_POOLS } from '../org/leader.entity.js';
import { COVERAGES, SESSION_CODES } from './special-period.entity.js';

/** Long enough for 全国两会 plus margins; longer windows are almost certainly a typo. */
const MAX_PERIOD_DAYS = 92;

const fields = {
  name: text({ min: 1, max: 100, identifier: true }),
  startDate: isoDate,
  endDate: isoDate,
  coverage: z.enum(COVERAGES),
  excludedDates: z.array(isoDate).max(31),
  sessionCodes: z
    .array(z.enum(SESSION_CODES))
    .min(1)
    .max(SESSION_CODES.length)
    .refine((codes) => new Set(codes).size === codes.length, '场次不能重复'),
  leadersPerSession: z.number().int().min(1).max(5),
  quotaPerLeader: z.number().int().min(1).max(100).nullable(),
  poolQuotas: z.partialRecord(z.enum(ROTATION_POOLS), z.number().int().min(1).max(200)),
  onCallLeader: z.boolean(),
  notes: text({ max: 1000, multiline: true }),
};

interface Window {
  startDate?: string;
  endDate?: string;
  excludedDates?: string[];
}

/** Cross-field rules, applied on create and again on the merged row of an update. */
export function windowIssue(v: Window): { message: string; path: string[] } | undefined {
  if (!v.startDate || !v.endDate) return undefined;
  if (v.endDate < v.startDate) return { message: '结束日期不能早于开始日期', path: ['endDate'] };
  const days = (Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) {
    return { message: `特护期最长 ${MAX_PERIOD_DAYS} 天`, path: ['endDate'] };
  }
  const index = (v.excludedDates ?? []).findIndex((d) => d < v.startDate! || d > v.endDate!);
  if (index >= 0) {
    return { message: '不在特护期起止日期之内', path: ['excludedDates', String(index)] };
  }
  return undefined;
}

const checkWindow = (v: Window, ctx: z.RefinementCtx) => {
  const issue = windowIssue(v);
  if (issue) {
    ctx.addIssue({
      code: 'custom',
      message: issue.message,
      path: issue.path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    });
  }
};

export const createSpecialPeriodSchema = z
  .strictObject({
    ...fields,
    coverage: fields.coverage.default('every_day'),
    excludedDates: fields.excludedDates.default([]),
    sessionCodes: fields.sessionCodes.default(['AM', 'PM']),
    leadersPerSession: fields.leadersPerSession.default(1),
    quotaPerLeader: fields.quotaPerLeader.default(null),
    poolQuotas: fields.poolQuotas.default({}),
    onCallLeader: fields.onCallLeader.default(false),
    notes: fields.notes.default(''),
  })
  .superRefine(checkWindow);
export type CreateSpecialPeriod = z.infer<typeof createSpecialPeriodSchema>;

/** Partial update; `version` (when given) must match the stored one. */
export const updateSpecialPeriodSchema = z
  .strictObject({ version, ...fields })
  .partial()
  .superRefine(checkWindow);
export type UpdateSpecialPeriod = z.infer<typeof updateSpecialPeriodSchema>;
