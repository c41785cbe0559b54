import { z } from 'zod';

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

const text = (max: number) => z.string().max(max);

const petitionerSchema = z.strictObject({
  name: text(50),
  phone: text(30).nullish(),
  idNumber: text(40),
});

export const caseInputSchema = z.strictObject({
  reference: text(64),
  submittedBy: text(10).nullish(),
  batch: text(100).nullish(),
  subject: text(50),
  subcategory: text(100).nullish(),
  locality: text(100).nullish(),
  summary: text(2000),
  risk: text(10),
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
  receiveBefore: text(20).nullish(),
  previousLeader: text(100).nullish(),
  departments: z.array(text(100)).max(30).optional(),
}) satisfies z.ZodType<CaseInput>;

export const caseListSchema = z.array(caseInputSchema).min(1, '至少提交一个案件').max(1000);

/** A problem with one row of a submission: row is 1-based (file rows count the header). */
export interface RowError {
  row: number | null;
  column: string | null;
  message: string;
}
