import { Injectable } from '@nestjs/common';
import { LoginAttemptStore } from './login-attempt-store.js';

export interface RateLimitSettings {
  maxAttempts: number;
  windowMinutes: number;
}

export type LoginGate =
  /** Too many failures for this username from this address: refuse until the window ends. */
  | { kind: 'locked'; retryAfterSeconds: number }
  /**
   * Go ahead, after `delayMs` (0 unless the username drew many failures from anywhere); on
   * success, hand `windowStart` (the window the attempt was counted in) back to `succeeded`.
   */
  | { kind: 'open'; delayMs: number; windowStart: Date };

/** The first delay once a username has drawn maxAttempts failures; it doubles with each one more. */
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 8000;

const pairKey = (username: string, address: string) => `pair:${username}|${address}`;
const userKey = (username: string) => `user:${username}`;

/** The fixed window of counts that `now` (ms) falls in. */
export function windowAt(now: number, settings: RateLimitSettings): { start: Date; end: number } {
  const windowMs = settings.windowMinutes * 60_000;
  const start = Math.floor(now / windowMs) * windowMs;
  return { start: new Date(start), end: start + windowMs };
}

/**
 * The gate for an attempt, from the window's counts including the attempt itself: `pair` for the
 * username from this address, `user` for the username from every address.
 */
export function gateFor(
  counts: { pair: number; user: number },
  settings: RateLimitSettings,
  now: number,
): LoginGate {
  const { start, end } = windowAt(now, settings);
  if (counts.pair > settings.maxAttempts) {
    return { kind: 'locked', retryAfterSeconds: Math.ceil((end - now) / 1000) };
  }
  const over = counts.user - 1 - settings.maxAttempts;
  const delayMs = over < 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** over);
  return { kind: 'open', delayMs, windowStart: start };
}

/**
 * Login failures counted in fixed windows (LoginAttemptStore: in PostgreSQL, so every replica
 * sees the same counts), keyed so that an office behind one NAT address keeps working:
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

  constructor(private readonly store: LoginAttemptStore) {}

  async begin(username: string, address: string, settings: RateLimitSettings): Promise<LoginGate> {
    const now = Date.now();
    const window = windowAt(now, settings);
    await this.purgeOccasionally(window.start, now, window.end - window.start.getTime());
    const pair = pairKey(username, address);
    const user = userKey(username);
    const counts = await this.store.count([pair, user], window.start);
    return gateFor({ pair: counts.get(pair) ?? 0, user: counts.get(user) ?? 0 }, settings, now);
  }

  /**
   * A successful login: the address's failures for the username are forgiven, and this attempt,
   * in the window it was counted in (the delay and the password check may outlast that window).
   */
  async succeeded(username: string, address: string, windowStart: Date): Promise<void> {
    await this.store.forgive(pairKey(username, address), userKey(username), windowStart);
  }

  /** Counts of past windows are of no use: dropped now and then. */
  private async purgeOccasionally(windowStart: Date, now: number, windowMs: number): Promise<void> {
    if (now - this.purgedAt < windowMs) return;
    this.purgedAt = now;
    await this.store.purgeBefore(windowStart);
  }
}
