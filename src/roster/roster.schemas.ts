import { z } from 'zod';
import { isoDate, isoMonth as month, queryInt, queryYear, version } from '../common/bounds.js';
import { text } from '../common/text.js';

const reason = text({ min: 1, max: 500, multiline: true });

export const createRosterSchema = z.strictObject({ month });
export const rosterListQuerySchema = z.strictObject({ month: month.optional() });

export const editAssignmentSchema = z.strictObject({
  version,
  date: isoDate.optional(),
  session: z.enum(['AM', 'PM']).optional(),
  leaderId: z.uuid().optional(),
  pinned: z.boolean().optional(),
  reason: reason.optional(),
});

export const solveSchema = z.strictObject({ version });
export const publishSchema = z.strictObject({ version, reason: reason.optional() });
export const amendSchema = z.strictObject({ reason });

export const diffQuerySchema = z.strictObject({
  from: queryInt(0),
  to: queryInt(1),
});

export const substitutesQuerySchema = z.strictObject({ limit: queryInt(1, 10).optional() });
export const consequencesQuerySchema = z.strictObject({ leaderId: z.uuid() });

export const rangeQuerySchema = z.strictObject({ from: month, to: month });

export const statsQuerySchema = z.strictObject({
  year: queryYear,
});
