import { z } from 'zod';
import { flagOn, int, type ConfigOf } from '../common/env.js';

/** Reminder delivery: the worker, its batches, attempts and leases, and where HTTP channels may go. */
export const notifyConfigShape = {
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
};

export type NotifyConfig = ConfigOf<typeof notifyConfigShape>;
