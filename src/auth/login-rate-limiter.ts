import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface RateLimitSettings {
  maxAttempts: number;
  windowMinutes: number;
}

export type LoginGate =
  /** Too many failures for this username from this address: refuse until the window ends. */
  | { kind: 'locked'; retryAfterSeconds: number }
  /** Go ahead, after `delayMs` (0 unless the username drew many failures from anywhere). */
  | { kind: 'open'; delayMs: number };

/** The first delay once a username has drawn maxAttempts failures; it doubles with each one more. */
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 8000;

const pairKey = (username: string, address: string) => `pair:${username}|${address}`;
const userKey = (username: string) => `user:${username}`;

/**
 * Login failures counted in fixed windows in PostgreSQL (one atomic upsert, so every replica sees
 * the same counts), keyed so that an office behind one NAT address keeps working:
 *  - username + address: the address that guesses a username's password is locked out of that
 *    username for the rest of the window; nobody else is;
 *  - username: failures from every address slow further attempts down (a doubling delay, not a
 *    lock), so guessing from many addresses stays slow and the real user still gets in.
 * An attempt counts as a failure when it starts and is forgiven when it succeeds, so successful
 * logins never count, and concurrent guesses cannot slip past the limit between check and count.
 */
@Injectable()
export class LoginRateLimiter {
  private purgedAt = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async begin(username: string, address: string, settings: RateLimitSettings): Promise<LoginGate> {
    const windowMs = settings.windowMinutes * 60_000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    await this.purgeOccasionally(windowStart, windowMs);
    const rows: Array<{ key: string; count: number }> = await this.db.query(
      `INSERT INTO login_attempt (key, window_start, count)
       SELECT k, $2, 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET count = login_attempt.count + 1
       RETURNING key, count`,
      [[pairKey(username, address), userKey(username)], windowStart],
    );
    const count = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
    if (count(pairKey(username, address)) > settings.maxAttempts) {
      const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000);
      return { kind: 'locked', retryAfterSeconds };
    }
    const earlierFailures = count(userKey(username)) - 1;
    const over = earlierFailures - settings.maxAttempts;
    const delayMs = over < 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** over);
    return { kind: 'open', delayMs };
  }

  /** A successful login: the address's failures for the username are forgiven, and this attempt. */
  async succeeded(username: string, address: string, settings: RateLimitSettings): Promise<void> {
    const windowMs = settings.windowMinutes * 60_000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    await this.db.query(
      `WITH forgiven AS (DELETE FROM login_attempt WHERE key = $1)
       UPDATE login_attempt SET count = count - 1 WHERE key = $2 AND window_start = $3 AND count > 0`,
      [pairKey(username, address), userKey(username), windowStart],
    );
  }

  /** Counts of past windows are of no use: dropped now and then. */
  private async purgeOccasionally(windowStart: Date, windowMs: number): Promise<void> {
    if (Date.now() - this.purgedAt < windowMs) return;
    this.purgedAt = Date.now();
    await this.db.query('DELETE FROM login_attempt WHERE window_start < $1', [windowStart]);
  }
}
