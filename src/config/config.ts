import { z } from 'zod';
import { appointmentsConfigShape } from '../appointments/appointments.config.js';
import { authConfigShape } from '../auth/auth.config.js';
import { databaseConfigShape } from '../database/database.config.js';
import { demoConfigShape } from '../demo/demo.config.js';
import { feedsConfigShape } from '../feeds/feeds.config.js';
import { notifyConfigShape } from '../notify/notify.config.js';
import { rosterConfigShape } from '../roster/roster.config.js';
import { serverConfigShape } from './server.config.js';

/**
 * The service's configuration: each module declares the variables it reads (its `*.config.ts`),
 * composed here and validated once at start-up, with the rules that span modules.
 */
export const configSchema = z
  .object({
    ...serverConfigShape,
    ...databaseConfigShape,
    ...authConfigShape,
    ...demoConfigShape,
    ...rosterConfigShape,
    ...notifyConfigShape,
    ...appointmentsConfigShape,
    ...feedsConfigShape,
  })
  .superRefine((cfg, ctx) => {
    // A shared server needs a stable signing secret across replicas; only the embedded
    // single-process mode may generate one and keep it in the data folder.
    if (cfg.DATABASE_URL && !cfg.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is required when DATABASE_URL is set',
      });
    }
    // Replicas must share the personal-data keys, or one cannot read what another wrote.
    for (const name of ['PII_ENCRYPTION_KEY', 'PII_HMAC_KEY'] as const) {
      if (cfg.DATABASE_URL && !cfg[name]) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'is required when DATABASE_URL is set',
        });
      }
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
