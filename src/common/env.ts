/**
 * Parsers for environment variables, shared by every module's configuration schema: an empty
 * string means "not set", numbers and switches arrive as text.
 */
import { z } from 'zod';

/** Empty strings in the environment mean "not set". */
export const optionalString = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.string().optional(),
);

export const flag = z
  .preprocess((v) => (v === '' ? undefined : v), z.enum(['0', '1', 'true', 'false']).optional())
  .transform((v) => v === '1' || v === 'true');

/** A switch that is on unless set to 0/false. */
export const flagOn = z
  .preprocess((v) => (v === '' ? undefined : v), z.enum(['0', '1', 'true', 'false']).optional())
  .transform((v) => v === undefined || v === '1' || v === 'true');

export const int = (def: number, min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? def : v),
    z.coerce.number().int().min(min).max(max),
  );

/** A 32-byte key written as base64 (e.g. `openssl rand -base64 32`). */
export const key32 = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32,
      'must be 32 bytes written as base64',
    )
    .optional(),
);

export const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL');

/** The parsed values of a module's configuration shape. */
export type ConfigOf<S extends z.ZodRawShape> = z.infer<z.ZodObject<S>>;
