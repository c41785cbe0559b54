import { z } from 'zod';
import { isoDate, isoMonth as month, queryInt, queryYear, version } from '../common/bounds.js';
import { text } from '../common/text.js';
import { APPOINTMENT_STATUSES } from './appointment.entity.js';
import { RECEPTION_OUTCOMES } from './reception-record.entity.js';

const reason = text({ min: 1, max: 500, multiline: true });

export const matchSchema = z.strictObject({ month });

export const appointmentQuerySchema = z.strictObject({
  month: month.optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
});

export const acceptSchema = z.strictObject({ version: version.optional() });

export const reassignSchema = z.strictObject({
  version: version.optional(),
  leaderId: z.uuid(),
  date: isoDate,
  session: z.enum(['AM', 'PM']),
});

export const postponeSchema = z.strictObject({
  version: version.optional(),
  reason,
});

export const receptionSchema = z.strictObject({
  persons: z.number().int().min(1).max(100000),
  batches: z.number().int().min(1).max(1000).default(1),
  outcome: z.enum(RECEPTION_OUTCOMES),
  handlingDepartmentId: z.uuid().nullish(),
  note: text({ max: 1000, multiline: true }).nullish(),
});

export const extendSchema = z.strictObject({ reason });

export const figuresQuerySchema = z.strictObject({ year: queryYear });

/** Reception records of a unit: by month, by year or for one case; newest first, paged. */
export const receptionListQuerySchema = z
  .strictObject({
    month: month.optional(),
    year: queryYear.optional(),
    caseId: z.uuid().optional(),
    limit: queryInt(1, 200).default(50),
    offset: queryInt(0).default(0),
  })
  .refine((q) => !(q.month && q.year), { message: 'month 与 year 只能填一个', path: ['year'] });
