import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Login attempts counted per key and fixed window, in PostgreSQL so every replica sees the same
 * counts (an in-memory store in specs: src/auth/testing.ts).
 */
export abstract class LoginAttemptStore {
  /** Counts one more attempt under each key in the window; returns every key's count after it. */
  abstract count(keys: readonly string[], windowStart: Date): Promise<Map<string, number>>;
  /** Drops every count of `key`, and takes one attempt back from `alsoKey` in the window. */
  abstract forgive(key: string, alsoKey: string, windowStart: Date): Promise<void>;
  abstract purgeBefore(windowStart: Date): Promise<void>;
}

@Injectable()
export class PostgresLoginAttemptStore extends LoginAttemptStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async count(keys: readonly string[], windowStart: Date): Promise<Map<string, number>> {
    // One atomic upsert: concurrent guesses cannot slip past the limit between check and count.
    const rows: Array<{ key: string; count: number }> = await this.db.query(
      `INSERT INTO login_attempt (key, window_start, count)
       SELECT k, $2, 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET count = login_attempt.count + 1
       RETURNING key, count`,
      [keys, windowStart],
    );
    return new Map(rows.map((r) => [r.key, r.count]));
  }

  async forgive(key: string, alsoKey: string, windowStart: Date): Promise<void> {
    await this.db.query(
      `WITH forgiven AS (DELETE FROM login_attempt WHERE key = $1)
       UPDATE login_attempt SET count = count - 1 WHERE key = $2 AND window_start = $3 AND count > 0`,
      [key, alsoKey, windowStart],
    );
  }

  async purgeBefore(windowStart: Date): Promise<void> {
    await this.db.query('DELETE FROM login_attempt WHERE window_start < $1', [windowStart]);
  }
}
