import { z } from 'zod';
import { APPOINTMENT_STATUSES } from './appointment.entity.js';
import { RECEPTION_OUTCOMES } from './reception-record.entity.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

export const matchSchema = z.strictObject({ month });

export const appointmentQuerySchema = z.strictObject({
  month: month.optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
});

export const acceptSchema = z.strictObject({ version: z.number().int().min(1).optional() });

export const reassignSchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  leaderId: z.uuid(),
  date: z.iso.date(),
  session: z.enum(['AM', 'PM']),
});

export const postponeSchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  reason: z.string().trim().min(1).max(500),
});

export const receptionSchema = z.strictObject({
  persons: z.number().int().min(1).max(100000),
  batches: z.number().int().min(1).max(1000).default(1),
  outcome: z.enum(RECEPTION_OUTCOMES),
  handlingDepartmentId: z.uuid().nullish(),
  note: z.string().max(1000).nullish(),
});

export const extendSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const figuresQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});

/** Reception records of a unit: by month, by year or for one case; newest first, paged. */
export const receptionListQuerySchema = z
  .strictObject({
    month: month.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    caseId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => !(q.month && q.year), { message: 'month 与 year 只能填一个', path: ['year'] });
