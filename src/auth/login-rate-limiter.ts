import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface RateLimitSettings {
  maxAttempts: number;
  windowMinutes: number;
}

/**
 * Counts login attempts per key in fixed windows, in PostgreSQL, with one atomic upsert per key,
 * so every replica sees the same count.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts this attempt; returns the seconds to wait when any key is over the limit. */
  async hit(keys: string[], settings: RateLimitSettings): Promise<number | undefined> {
    const windowMs = settings.windowMinutes * 60_000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    const rows: Array<{ count: number }> = await this.db.query(
      `INSERT INTO login_attempt (key, window_start, count)
       SELECT k, $2, 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET count = login_attempt.count + 1
       RETURNING count`,
      [keys, windowStart],
    );
    if (rows.some((r) => r.count > settings.maxAttempts)) {
      return Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000);
    }
    return undefined;
  }

  /** A successful login forgives the user's failed attempts (not the address's). */
  async reset(key: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempt WHERE key = $1', [key]);
  }

  async purgeOlderThan(cutoff: Date): Promise<void> {
    await this.db.query('DELETE FROM login_attempt WHERE window_start < $1', [cutoff]);
  }
}
