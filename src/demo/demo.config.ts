import { z } from 'zod';
import { flag } from '../common/env.js';

/** The demo city: its accounts' password and whether to seed a database named by DATABASE_URL. */
export const demoConfigShape = {
  DEMO_PASSWORD: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(8, 'must be at least 8 characters').optional(),
  ),
  SEED_DEMO: flag,
};
