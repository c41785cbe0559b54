import { z } from 'zod';
import { int, type ConfigOf } from '../common/env.js';

/** Sign-in: the token's secret and life, and the limits on failed attempts. */
export const authConfigShape = {
  JWT_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  TOKEN_TTL_MINUTES: int(480, 5, 7 * 24 * 60),
  LOGIN_MAX_ATTEMPTS: int(10, 1, 1000),
  LOGIN_WINDOW_MINUTES: int(15, 1, 24 * 60),
};

export type AuthConfig = ConfigOf<typeof authConfigShape>;
