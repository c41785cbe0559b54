import { z } from 'zod';
import { isoDate, version } from '../common/bounds.js';
import { text } from '../common/text.js';
import { ROTATION_POOLS } from './leader.entity.js';

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
  activeFrom: isoDate,
  activeTo: isoDate.nullable(),
  contact: contactSchema,
  secretary: secretarySchema.nullable(),
};

const minWithinMax = (v: { minSessionsPerMonth?: number; maxSessionsPerMonth?: number }) =>
  v.minSessionsPerMonth === undefined ||
  v.maxSessionsPerMonth === undefined ||
  v.minSessionsPerMonth <= v.maxSessionsPerMonth;
const minWithinMaxIssue = {
  message: '不能大于每月最多坐班次数',
  path: ['minSessionsPerMonth'],
};

export const createLeaderSchema = z
  .strictObject({
    unitId: z.uuid(),
    ...leaderFields,
    portfolioSubjects: leaderFields.portfolioSubjects.default([]),
    portfolioText: leaderFields.portfolioText.default(''),
    maxSessionsPerQuarter: leaderFields.maxSessionsPerQuarter.default(null),
    activeTo: leaderFields.activeTo.default(null),
    contact: contactSchema.default({}),
    secretary: secretarySchema.nullable().default(null),
  })
  .refine(minWithinMax, minWithinMaxIssue);
export type CreateLeader = z.infer<typeof createLeaderSchema>;

/** Partial update; `version` (when given) must match the stored one. */
export const updateLeaderSchema = z
  .strictObject({ version: version.optional(), ...leaderFields })
  .partial()
  .refine(minWithinMax, minWithinMaxIssue);
export type UpdateLeader = z.infer<typeof updateLeaderSchema>;

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
