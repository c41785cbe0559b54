import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { FIRST_YEAR, isoDate, isoMonth, LAST_YEAR, queryYear } from '../common/bounds.js';
import { text } from '../common/text.js';
import { OVERRIDE_KINDS } from './calendar-override.entity.js';

export const monthQuerySchema = z.strictObject({ month: isoMonth });
export type MonthQuery = z.infer<typeof monthQuerySchema>;

export const yearQuerySchema = z.strictObject({
  year: queryYear.optional(),
});
export type YearQuery = z.infer<typeof yearQuerySchema>;

export const createOverrideSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(OVERRIDE_KINDS),
  reason: text({ min: 1, max: 200, multiline: true }),
});
export type CreateOverride = z.infer<typeof createOverrideSchema>;

/** Calendar years in routes: FIRST_YEAR–LAST_YEAR, anything else is a 400 naming `year`. */
export class YearPipe implements PipeTransform<string, number> {
  transform(value: string, meta: ArgumentMetadata): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
      const name = meta.data ?? 'year';
      throw new AppError('VALIDATION_FAILED', `${name}：年份应在 ${FIRST_YEAR}–${LAST_YEAR} 之间`, {
        field: name,
      });
    }
    return year;
  }
}
