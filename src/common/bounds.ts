import { z } from 'zod';

/**
 * Numbers and dates as far as the database columns and the calendar hold them: anything beyond
 * is a 400 naming the field, never a PostgreSQL range error (22003, 22008) answered with 500.
 */

/** PostgreSQL `integer`. */
export const INT4_MAX = 2_147_483_647;
/** PostgreSQL `bigint`. */
export const INT8_MAX = 9_223_372_036_854_775_807n;

/** Calendar years the service plans (holiday data, rosters, deadlines). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;
const yearMessage = `年份应在 ${FIRST_YEAR}–${LAST_YEAR} 之间`;
const inYears = (v: string) => {
  const year = Number(v.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

export const isoDate = z.iso.date().refine(inYears, yearMessage);
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
  .refine(inYears, yearMessage);
/** A year in a query string. */
export const queryYear = z.coerce
  .number()
  .int()
  .min(FIRST_YEAR, yearMessage)
  .max(LAST_YEAR, yearMessage);

/** An integer body field stored in an `integer` column. */
export const int4 = (min = 0, max = INT4_MAX) => z.number().int().min(min).max(max);
/** An optimistic-lock version. */
export const version = int4(1);
/** An integer query parameter stored in or compared with an `integer` column. */
export const queryInt = (min = 0, max = INT4_MAX) => z.coerce.number().int().min(min).max(max);

/** A `bigint` id in a query string, kept as a string. */
export const queryBigintId = z
  .string()
  .regex(/^\d{1,19}$/, '应为正整数')
  .refine((v) => BigInt(v) <= INT8_MAX, '超出范围');
