import { z } from 'zod';
import { isoDate, version } from '../common/bounds.js';
import { text } from '../common/text.js';
import { LEADER_RANKS, ROTATION_POOLS } from './leader.entity.js';

const phone = text({ max: 30 }).pipe(z.string().regex(/^[0-9+\-() ]{3,30}$/, '电话号码格式不正确'));
const email = text({ max: 200 }).pipe(z.email());
const messengerId = text({ max: 100, identifier: true });
const subjectCode = text({ max: 50, identifier: true });

const contactSchema = z.strictObject({
  phone: phone.optional(),
  email: email.optional(),
  wecomUserId: messengerId.optional(),
  dingtalkUserId: messengerId.optional(),
});

const secretarySchema = z.strictObject({
  name: text({ min: 1, max: 50, identifier: true }),
  phone: phone.optional(),
  email: email.optional(),
});

const leaderFields = {
  code: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, '只能包含字母、数字、- 和 _'),
  name: text({ min: 1, max: 50, identifier: true }),
  title: text({ min: 1, max: 200 }),
  protocolOrder: z.number().int().min(0).max(10000),
  rotationPool: z.enum(ROTATION_POOLS),
  portfolioSubjects: z.array(subjectCode).max(30),
  portfolioText: text({ max: 500, multiline: true }),
  minSessionsPerMonth: z.number().int().min(0).max(62),
  maxSessionsPerMonth: z.number().int().min(0).max(62),
  maxSessionsPerQuarter: z.number().int().min(0).max(186).nullable(),
  minSessionsPerQuarter: z.number().int().min(0).max(186).nullable(),
  rank: z.enum(LEADER_RANKS),
  /** A separate reception place (e.g. 市纪委监委信访接待室); null or blank: the unit's venue. */
  venue: text({ max: 200 })
    .nullable()
    .transform((v) => (v ? v : null)),
  publicReception: z.boolean(),
  activeFrom: isoDate,
  activeTo: isoDate.nullable(),
  contact: contactSchema,
  secretary: secretarySchema.nullable(),
};

interface Quotas {
  minSessionsPerMonth?: number;
  maxSessionsPerMonth?: number;
  minSessionsPerQuarter?: number | null;
  maxSessionsPerQuarter?: number | null;
}

/** A minimum above its maximum: the field to name and why (create, and the merged row of an update). */
export function quotaIssue(v: Quotas): { field: string; message: string } | undefined {
  if (
    v.minSessionsPerMonth !== undefined &&
    v.maxSessionsPerMonth !== undefined &&
    v.minSessionsPerMonth > v.maxSessionsPerMonth
  )
    return { field: 'minSessionsPerMonth', message: '不能大于每月最多坐班次数' };
  if (
    v.minSessionsPerQuarter !== undefined &&
    v.minSessionsPerQuarter !== null &&
    v.maxSessionsPerQuarter !== undefined &&
    v.maxSessionsPerQuarter !== null &&
    v.minSessionsPerQuarter > v.maxSessionsPerQuarter
  )
    return { field: 'minSessionsPerQuarter', message: '不能大于每季度最多坐班次数' };
  return undefined;
}

const checkQuotas = (v: Quotas, ctx: z.RefinementCtx) => {
  const issue = quotaIssue(v);
  if (issue) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
};

export const createLeaderSchema = z
  .strictObject({
    unitId: z.uuid(),
    ...leaderFields,
    portfolioSubjects: leaderFields.portfolioSubjects.default([]),
    portfolioText: leaderFields.portfolioText.default(''),
    maxSessionsPerQuarter: leaderFields.maxSessionsPerQuarter.default(null),
    minSessionsPerQuarter: leaderFields.minSessionsPerQuarter.default(null),
    rank: leaderFields.rank.default('other'),
    venue: leaderFields.venue.default(null),
    publicReception: leaderFields.publicReception.default(true),
    activeTo: leaderFields.activeTo.default(null),
    contact: contactSchema.default({}),
    secretary: secretarySchema.nullable().default(null),
  })
  .superRefine(checkQuotas);
export type CreateLeader = z.infer<typeof createLeaderSchema>;

/** Partial update; `version` (when given) must match the stored one. */
export const updateLeaderSchema = z
  .strictObject({ version: version.optional(), ...leaderFields })
  .partial()
  .superRefine(checkQuotas);
export type UpdateLeader = z.infer<typeof updateLeaderSchema>;

/** What a unit's office may set about its own unit (落款, deadline rolling). */
export const updateUnitSettingsSchema = z
  .strictObject({
    issuingOffice: text({ max: 200 }),
    deadlineRollsToWorkingDay: z.boolean(),
  })
  .partial();
export type UpdateUnitSettings = z.infer<typeof updateUnitSettingsSchema>;

export const deactivateSchema = z.strictObject({ activeTo: isoDate.optional() });

const departmentContactSchema = z.strictObject({
  person: text({ max: 50 }).optional(),
  phone: phone.optional(),
  email: email.optional(),
});

export const createDepartmentSchema = z.strictObject({
  unitId: z.uuid(),
  name: text({ min: 1, max: 100, identifier: true }),
  subjectCodes: z.array(subjectCode).max(30).default([]),
  contact: departmentContactSchema.default({}),
});
export type CreateDepartment = z.infer<typeof createDepartmentSchema>;

export const updateDepartmentSchema = z
  .strictObject({
    version,
    name: text({ min: 1, max: 100, identifier: true }),
    subjectCodes: z.array(subjectCode).max(30),
    contact: departmentContactSchema,
  })
  .partial();
export type UpdateDepartment = z.infer<typeof updateDepartmentSchema>;

export const unitQuerySchema = z.strictObject({
  unitId: z.uuid().optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
