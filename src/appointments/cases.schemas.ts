import { z } from 'zod';
import { queryInt, version } from '../common/bounds.js';
import { text } from '../common/text.js';
import { caseInputSchema } from './case-input.js';
import { CASE_STATUSES } from './priority-case.entity.js';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const caseQuerySchema = z.strictObject({
  unitId: z.uuid().optional(),
  status: z.enum(CASE_STATUSES).optional(),
  routing: z.enum(['public', 'politics_law', 'restricted']).optional(),
  batch: text({ max: 100, identifier: true }).optional(),
  reveal: bool,
  limit: queryInt(1, 200).default(50),
  offset: queryInt(0).default(0),
});

export const revealQuerySchema = z.strictObject({ reveal: bool });

export const unitOnlyQuerySchema = z.strictObject({ unitId: z.uuid().optional() });

/** An administrator hands a case to the other submitting body. */
export const transferCaseSchema = z.strictObject({
  version,
  submittedBy: text({ min: 1, max: 10, identifier: true }),
  reason: text({ min: 1, max: 500, multiline: true }),
});

/** 移交纪检: to which 纪检监察 body, and the leader accused (hidden from them from then on). */
export const handOverSchema = z.strictObject({
  to: text({ min: 1, max: 200 }),
  accusedLeaderId: z.uuid().nullish(),
});

export const closeCaseSchema = z.strictObject({
  reason: text({ min: 1, max: 500, multiline: true }),
});

/**
 * PATCH of a case: any fields of a submission plus the version the editor saw (required: an edit
 * of personal data must never overwrite someone else's). `petitioners` replaces the whole list.
 */
export const updateCaseSchema = caseInputSchema
  .partial()
  .extend({ version })
  .refine(
    (v) => Object.keys(v).some((k) => k !== 'version' && v[k as keyof typeof v] !== undefined),
    {
      message: '请至少修改一项内容',
      path: ['version'],
    },
  );
