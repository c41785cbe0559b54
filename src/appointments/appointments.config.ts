import { int, key32, type ConfigOf } from '../common/env.js';

/** Cases and appointments: personal-data keys, import limits, appointments per session. */
export const appointmentsConfigShape = {
  PII_ENCRYPTION_KEY: key32,
  PII_HMAC_KEY: key32,
  IMPORT_MAX_BYTES: int(5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
  IMPORT_MAX_ROWS: int(1000, 1, 20000),
  IMPORT_PARSERS: int(1, 1, 16),
  IMPORT_QUEUE_LIMIT: int(4, 0, 1000),
  APPOINTMENTS_PER_SESSION: int(3, 1, 20),
};

export type AppointmentsConfig = ConfigOf<typeof appointmentsConfigShape>;
