import { z } from 'zod';
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
  batch: z.string().max(100).optional(),
  reveal: bool,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const revealQuerySchema = z.strictObject({ reveal: bool });

export const unitOnlyQuerySchema = z.strictObject({ unitId: z.uuid().optional() });

export const closeCaseSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });

/**
 * PATCH of a case: any fields of a submission plus the version the editor saw (required: an edit
 * of personal data must never overwrite someone else's). `petitioners` replaces the whole list.
 */
export const updateCaseSchema = caseInputSchema
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine(
    (v) => Object.keys(v).some((k) => k !== 'version' && v[k as keyof typeof v] !== undefined),
    {
      message: '请至少修改一项内容',
      path: ['version'],
    },
  );
