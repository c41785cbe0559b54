import { z } from 'zod';

/** Empty strings in the environment mean "not set". */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const flag = z
  .preprocess((v) => (v === '' ? undefined : v), z.enum(['0', '1', 'true', 'false']).optional())
  .transform((v) => v === '1' || v === 'true');

/** A switch that is on unless set to 0/false. */
const flagOn = z
  .preprocess((v) => (v === '' ? undefined : v), z.enum(['0', '1', 'true', 'false']).optional())
  .transform((v) => v === undefined || v === '1' || v === 'true');

const int = (def: number, min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? def : v),
    z.coerce.number().int().min(min).max(max),
  );

/** A 32-byte key written as base64 (e.g. `openssl rand -base64 32`). */
const key32 = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32,
      'must be 32 bytes written as base64',
    )
    .optional(),
);

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL');

export const configSchema = z
  .object({
    NODE_ENV: z
      .preprocess(
        (v) => (v === '' ? undefined : v),
        z.enum(['development', 'production', 'test']).optional(),
      )
      .default('development'),
    HOST: optionalString.default('0.0.0.0'),
    PORT: int(3000, 0, 65535),
    DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
    DATA_DIR: optionalString.default('./data'),
    DB_POOL_SIZE: int(10, 1, 200),
    DB_CONNECT_TIMEOUT_MS: int(3000, 100, 60000),
    DB_QUERY_TIMEOUT_MS: int(5000, 100, 600000),
    JWT_SECRET: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(32, 'must be at least 32 characters').optional(),
    ),
    TOKEN_TTL_MINUTES: int(480, 5, 7 * 24 * 60),
    LOGIN_MAX_ATTEMPTS: int(10, 1, 1000),
    LOGIN_WINDOW_MINUTES: int(15, 1, 24 * 60),
    DEMO_PASSWORD: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(8, 'must be at least 8 characters').optional(),
    ),
    SEED_DEMO: flag,
    LOG_LEVEL: z
      .preprocess(
        (v) => (v === '' ? undefined : v),
        z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
      )
      .default('info'),
    BODY_LIMIT_KB: int(1024, 1, 50 * 1024),
    SOLVER_TIME_LIMIT_SECONDS: int(20, 1, 600),
    /** Solver threads per replica, each running one solve job at a time (0: this replica only asks). */
    SOLVER_WORKERS: int(1, 0, 16),
    /** A running solve job whose replica sent no heartbeat for this long is retried elsewhere. */
    SOLVER_JOB_STALE_SECONDS: int(20, 3, 3600),
    TRUST_PROXY: flag,
    NOTIFY_WORKER: flagOn,
    NOTIFY_BATCH_SIZE: int(50, 1, 500),
    NOTIFY_MAX_ATTEMPTS: int(5, 1, 50),
    NOTIFY_RETRY_DELAY_SECONDS: int(30, 1, 3600),
    NOTIFY_LEASE_SECONDS: int(60, 5, 3600),
    NOTIFY_MAINTENANCE_SECONDS: int(15, 1, 3600),
    NOTIFY_POLL_INTERVAL_MS: int(1000, 500, 60000),
    NOTIFY_SEND_TIMEOUT_MS: int(10000, 100, 120000),
    /** Hosts or addresses HTTP channels may call although loopback, link-local or metadata. */
    NOTIFY_ALLOWED_HOSTS: z
      .preprocess((v) => (v === '' || v === undefined ? '' : v), z.string())
      .transform((v) =>
        v
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      ),
    PII_ENCRYPTION_KEY: key32,
    PII_HMAC_KEY: key32,
    IMPORT_MAX_BYTES: int(5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    IMPORT_MAX_ROWS: int(1000, 1, 20000),
    IMPORT_PARSERS: int(1, 1, 16),
    IMPORT_QUEUE_LIMIT: int(4, 0, 1000),
    APPOINTMENTS_PER_SESSION: int(3, 1, 20),
    /** Absolute base URL that calendar feed links start with (unset: http://localhost:PORT). */
    PUBLIC_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
        .transform((v) => v.replace(/\/+$/, ''))
        .optional(),
    ),
    FEED_RATE_PER_TOKEN: int(60, 1, 1_000_000),
    FEED_RATE_PER_ADDRESS: int(600, 1, 1_000_000),
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
