import { z } from 'zod';
import { flag, int, optionalString } from '../common/env.js';

/** The HTTP server and its process: where it listens, what it logs, what it accepts. */
export const serverConfigShape = {
  NODE_ENV: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['development', 'production', 'test']).optional(),
    )
    .default('development'),
  HOST: optionalString.default('0.0.0.0'),
  PORT: int(3000, 0, 65535),
  LOG_LEVEL: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    )
    .default('info'),
  BODY_LIMIT_KB: int(1024, 1, 50 * 1024),
  TRUST_PROXY: flag,
  /** Absolute base URL that links to the service start with (unset: http://localhost:PORT). */
  PUBLIC_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
  ),
};
