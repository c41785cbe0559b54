import { z } from 'zod';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '格式应为 YYYY-MM');
const version = z.number().int().min(1);
const reason = z.string().trim().min(1).max(500);

export const createRosterSchema = z.strictObject({ month });
export const rosterListQuerySchema = z.strictObject({ month: month.optional() });

export const editAssignmentSchema = z.strictObject({
  version,
  date: z.iso.date().optional(),
  session: z.enum(['AM', 'PM']).optional(),
  leaderId: z.uuid().optional(),
  pinned: z.boolean().optional(),
  reason: reason.optional(),
});

export const solveSchema = z.strictObject({ version });
export const publishSchema = z.strictObject({ version, reason: reason.optional() });
export const amendSchema = z.strictObject({ reason });

export const diffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(1),
});

export const rangeQuerySchema = z.strictObject({ from: month, to: month });

export const statsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});
