import { z } from 'zod';
import { isoDate, isoMonth, queryInt } from '../../common/bounds.js';
import { text } from '../../common/text.js';
import { MAX_REPRESENTATIVES } from '../case-rules.js';
import {
  idNumberProblem,
  normaliseIdNumber,
  normalisePhone,
  phoneProblem,
} from '../pii/id-number.js';
import { personalDataProblem } from '../pii/pii-in-text.js';
import { RECEPTION_OUTCOMES } from '../reception-record.entity.js';
import { SATISFACTION } from './walk-in.entity.js';

/** Text that travels to lists and figures: must not carry a phone or ID number. */
const clean = (schema: z.ZodType<string>) =>
  schema.superRefine((v, ctx) => {
    const problem = personalDataProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const petitionerSchema = z.strictObject({
  name: text({ min: 1, max: 50 }),
  phone: text({ max: 30 })
    .nullish()
    .superRefine((v, ctx) => {
      const problem = v ? phoneProblem(v) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => (v ? normalisePhone(v) : null)),
  idNumber: text({ max: 40, identifier: true })
    .superRefine((v, ctx) => {
      const problem = idNumberProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(normaliseIdNumber),
});

/**
 * A walk-in batch: who came (at most 5 representatives, 条例), what about, what was done. The
 * leader must be one who sat that session (checked against the attendance record).
 */
export const walkInSchema = z
  .strictObject({
    date: isoDate,
    session: z.enum(['AM', 'PM']),
    leaderId: z.uuid(),
    persons: z.number().int().min(1).max(10000),
    petitioners: z
      .array(petitionerSchema)
      .min(1, '至少登记一名信访人')
      .max(MAX_REPRESENTATIVES, `集体访最多登记 ${MAX_REPRESENTATIVES} 名代表（信访工作条例）`),
    subject: text({ min: 1, max: 50, identifier: true }),
    locality: clean(text({ max: 100 })).nullish(),
    summary: clean(text({ min: 1, max: 2000, multiline: true })),
    demands: clean(text({ min: 1, max: 2000, multiline: true })),
    outcome: z.enum(RECEPTION_OUTCOMES),
    handlingDepartmentId: z.uuid().nullish(),
    followUp: clean(text({ max: 1000, multiline: true })).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.petitioners.length > v.persons) {
      ctx.addIssue({
        code: 'custom',
        path: ['persons'],
        message: `来访人数（${v.persons}）少于登记的信访人数（${v.petitioners.length}）`,
      });
    }
    const seen = new Map<string, number>();
    v.petitioners.forEach((p, i) => {
      if (seen.has(p.idNumber)) {
        ctx.addIssue({
          code: 'custom',
          path: ['petitioners', i, 'idNumber'],
          message: `与第 ${seen.get(p.idNumber)! + 1} 名信访人的身份证号相同`,
        });
      } else seen.set(p.idNumber, i);
    });
    if ((v.outcome === 'assigned' || v.outcome === 'transferred') && !v.handlingDepartmentId) {
      ctx.addIssue({
        code: 'custom',
        path: ['handlingDepartmentId'],
        message: '交办或转送须指定承办部门',
      });
    }
  });
export type WalkInInput = z.infer<typeof walkInSchema>;

export const closeWalkInSchema = z.strictObject({
  version: z.number().int().min(1),
  result: clean(text({ min: 1, max: 2000, multiline: true })),
});

export const followUpSchema = z.strictObject({
  version: z.number().int().min(1),
  satisfaction: z.enum(SATISFACTION),
  resolved: z.boolean(),
  note: clean(text({ max: 1000, multiline: true })).nullish(),
});

export const caseLeaderSchema = z.strictObject({
  version: z.number().int().min(1),
  leaderId: z.uuid(),
  reason: text({ min: 1, max: 500, multiline: true }),
});

export const escalateSchema = z.strictObject({
  version: z.number().int().min(1),
  risk: z.enum(['red', 'orange', 'yellow', 'blue']),
  receiveBefore: isoDate,
});

export const walkInListSchema = z.strictObject({
  month: isoMonth.optional(),
  date: isoDate.optional(),
  reveal: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: queryInt(1, 200).default(50),
  offset: queryInt(0).default(0),
});

export const revealSchema = z.strictObject({
  reveal: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
