import { z } from 'zod';
import { isoDate, version } from '../common/bounds.js';
import { text } from '../common/text.js';
import { LEADER_RANKS, ROTATION_POOLS } from '../org/index.js';
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
  /** Most on-call days one leader takes in the period (null: no cap beyond fairness). */
  onCallQuotaPerLeader: z.number().int().min(1).max(100).nullable(),
  /** Ranks that may take a session or the on-call duty; a duty not listed is open to all. */
  sessionRanks: z.partialRecord(
    z.enum([...SESSION_CODES, 'CALL']),
    z
      .array(z.enum(LEADER_RANKS))
      .min(1)
      .max(LEADER_RANKS.length)
      .refine((ranks) => new Set(ranks).size === ranks.length, '级别不能重复'),
  ),
  /** No leader twice within this many calendar days inside the period (1 = no rule). */
  spacingDays: z.number().int().min(1).max(31),
  /** The leader who sits the period's first day (e.g. 市委书记); a leader of the unit. */
  firstDayLeaderId: z.uuid().nullable(),
  notes: text({ max: 1000, multiline: true }),
};

interface Window {
  startDate?: string;
  endDate?: string;
  excludedDates?: string[];
  sessionCodes?: readonly string[];
  onCallLeader?: boolean;
  sessionRanks?: Partial<Record<string, unknown>>;
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
  return dutyIssue(v);
}

/** Ranks may be limited only for a duty the period has: its sessions, and on-call if it has one. */
function dutyIssue(v: Window): { message: string; path: string[] } | undefined {
  for (const code of Object.keys(v.sessionRanks ?? {})) {
    if (code === 'CALL' && v.onCallLeader === false)
      return { message: '特护期未设 24 小时值班，不能限定值班级别', path: ['sessionRanks', code] };
    if (code !== 'CALL' && v.sessionCodes && !v.sessionCodes.includes(code))
      return { message: '特护期没有该场次', path: ['sessionRanks', code] };
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
    onCallQuotaPerLeader: fields.onCallQuotaPerLeader.default(null),
    sessionRanks: fields.sessionRanks.default({}),
    spacingDays: fields.spacingDays.default(2),
    firstDayLeaderId: fields.firstDayLeaderId.default(null),
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
