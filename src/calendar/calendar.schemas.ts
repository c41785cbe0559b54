import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { OVERRIDE_KINDS } from './calendar-override.entity.js';

const isoDate = z.iso.date();
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

export const monthQuerySchema = z.strictObject({ month: isoMonth });
export type MonthQuery = z.infer<typeof monthQuerySchema>;

export const yearQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});
export type YearQuery = z.infer<typeof yearQuerySchema>;

export const createOverrideSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(OVERRIDE_KINDS),
  reason: z.string().trim().min(1).max(200),
});
export type CreateOverride = z.infer<typeof createOverrideSchema>;

/** Calendar years in routes: 2000–2099, anything else is a 400 naming `year`. */
export class YearPipe implements PipeTransform<string, number> {
  transform(value: string, meta: ArgumentMetadata): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= 2000 && year <= 2099)) {
      const name = meta.data ?? 'year';
      throw new AppError(400, 'VALIDATION_FAILED', `${name}：年份应在 2000–2099 之间`, name);
    }
    return year;
  }
}
