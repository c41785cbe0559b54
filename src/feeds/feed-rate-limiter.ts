/**
 * Fixed one-minute windows counted in this process. Feed polling is cheap to serve and each
 * replica protects itself, so the count is per replica (N replicas admit up to N × the limit);
 * keeping it in memory avoids a database write on a path that answers thousands of requests/s.
 */
export class FeedRateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request under each key; returns the seconds to wait when one is over its limit. */
  hit(keys: ReadonlyArray<{ key: string; limit: number }>): number | undefined {
    const now = this.now();
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    let over = false;
    for (const { key, limit } of keys) {
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      if (count > limit) over = true;
    }
    return over ? Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000)) : undefined;
  }
}
