import { z } from 'zod';
import { text } from '../common/text.js';

/**
 * One case as submitted, before the checks that need the database (subject, leaders, departments,
 * duplicates). JSON submissions are parsed by `caseInputSchema`; file rows are mapped onto the same
 * shape by import/row-mapper.ts so both go through one validator.
 */
export interface PetitionerInput {
  name: string;
  phone?: string | null;
  idNumber: string;
}

export interface CaseInput {
  reference: string;
  /** politics = 政法委, petition = 信访局 (also accepted in Chinese); default: the caller's role. */
  submittedBy?: string | null;
  batch?: string | null;
  /** Current name, old label or code of the 信访事项内容分类. */
  subject: string;
  subcategory?: string | null;
  locality?: string | null;
  summary: string;
  /** 红/橙/黄/蓝 or red/orange/yellow/blue. */
  risk: string;
  groupSize: number;
  petitioners: PetitionerInput[];
  repeatCount?: number | null;
  backlogYears?: number | null;
  flags?: {
    crossLevel?: boolean;
    beijing?: boolean;
    threeCross?: boolean;
    threat?: boolean;
    lawRelated?: boolean;
    accusation?: boolean;
  };
  /** YYYY-MM-DD; may be empty only for 纪检监察 / 检举控告 cases. */
  receiveBefore?: string | null;
  /** Code (L12), name or id of the previous 包案 leader. */
  previousLeader?: string | null;
  /** Names or ids of departments that must attend. */
  departments?: string[];
}

const line = (max: number) => text({ max });
const identifier = (max: number) => text({ max, identifier: true });

const petitionerSchema = z.strictObject({
  name: line(50),
  phone: line(30).nullish(),
  idNumber: identifier(40),
});

export const caseInputSchema = z.strictObject({
  reference: identifier(64),
  submittedBy: identifier(10).nullish(),
  batch: identifier(100).nullish(),
  subject: identifier(50),
  subcategory: line(100).nullish(),
  locality: line(100).nullish(),
  summary: text({ max: 2000, multiline: true }),
  risk: identifier(10),
  groupSize: z.number().int(),
  petitioners: z.array(petitionerSchema).max(20),
  repeatCount: z.number().int().nullish(),
  backlogYears: z.number().int().nullish(),
  flags: z
    .strictObject({
      crossLevel: z.boolean().optional(),
      beijing: z.boolean().optional(),
      threeCross: z.boolean().optional(),
      threat: z.boolean().optional(),
      lawRelated: z.boolean().optional(),
      accusation: z.boolean().optional(),
    })
    .optional(),
  receiveBefore: line(20).nullish(),
  previousLeader: identifier(100).nullish(),
  departments: z.array(identifier(100)).max(30).optional(),
}) satisfies z.ZodType<CaseInput>;

export const caseListSchema = z.array(caseInputSchema).min(1, '至少提交一个案件').max(1000);

/** A problem with one row of a submission: row is 1-based (file rows count the header). */
export interface RowError {
  row: number | null;
  column: string | null;
  message: string;
}
