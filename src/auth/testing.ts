import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { DeepPartial } from 'typeorm';
import type { AuditLog } from './audit-log.entity.js';
import { AuditStore, type AuditRow } from './audit-store.js';
import type { AuthConfig } from './auth.config.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptStore } from './login-attempt-store.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import type { User } from './user.entity.js';
import { UserStore } from './user-store.js';

/**
 * Auth's services on in-memory stores, for specs of sign-in and its limits without PostgreSQL.
 * The stores keep what the tables promise (unique usernames, counts per key and window); the
 * SQL itself is tested end to end (test/auth.e2e-spec.ts).
 */
class MemoryUserStore extends UserStore {
  readonly rows: User[] = [];

  async activeByUsername(username: string): Promise<User | null> {
    return this.rows.find((u) => u.username === username && u.active) ?? null;
  }

  async activeById(id: string): Promise<User | null> {
    return this.rows.find((u) => u.id === id && u.active) ?? null;
  }

  async insert(users: DeepPartial<User>[]): Promise<User[]> {
    const created = users.map(
      (u) => ({ active: true, ...u, id: randomUUID(), createdAt: new Date() }) as User,
    );
    for (const u of created) {
      if (this.rows.some((r) => r.username === u.username)) throw new Error('username taken');
      this.rows.push(u);
    }
    return created;
  }

  async activeLeaderAccounts(leaderId: string): Promise<User[]> {
    return this.rows.filter((u) => u.leaderId === leaderId && u.role === 'leader' && u.active);
  }

  async byIds(ids: readonly string[]): Promise<Pick<User, 'id' | 'displayName'>[]> {
    return this.rows.filter((u) => ids.includes(u.id));
  }

  async count(): Promise<number> {
    return this.rows.length;
  }
}

class MemoryLoginAttemptStore extends LoginAttemptStore {
  /** key -> window start (ms) -> count */
  readonly counts = new Map<string, Map<number, number>>();

  async count(keys: readonly string[], windowStart: Date): Promise<Map<string, number>> {
    const after = new Map<string, number>();
    for (const key of keys) {
      const windows = this.counts.get(key) ?? new Map<number, number>();
      windows.set(windowStart.getTime(), (windows.get(windowStart.getTime()) ?? 0) + 1);
      this.counts.set(key, windows);
      after.set(key, windows.get(windowStart.getTime())!);
    }
    return after;
  }

  async forgive(key: string, alsoKey: string, windowStart: Date): Promise<void> {
    this.counts.delete(key);
    const windows = this.counts.get(alsoKey);
    const count = windows?.get(windowStart.getTime()) ?? 0;
    if (count > 0) windows!.set(windowStart.getTime(), count - 1);
  }

  async purgeBefore(windowStart: Date): Promise<void> {
    for (const windows of this.counts.values()) {
      for (const start of windows.keys()) if (start < windowStart.getTime()) windows.delete(start);
    }
  }
}

export class MemoryAuditStore extends AuditStore {
  readonly rows: AuditLog[] = [];

  async insert(row: AuditRow): Promise<void> {
    this.rows.push({ ...row, id: String(this.rows.length + 1), at: new Date() });
  }

  async list(limit: number, beforeId?: string): Promise<AuditLog[]> {
    return this.rows
      .filter((r) => beforeId === undefined || Number(r.id) < Number(beforeId))
      .reverse()
      .slice(0, limit);
  }
}

export const TEST_AUTH_CONFIG: AuthConfig = {
  JWT_SECRET: 'a-test-secret-that-is-long-enough-for-hs256',
  TOKEN_TTL_MINUTES: 60,
  LOGIN_MAX_ATTEMPTS: 2,
  LOGIN_WINDOW_MINUTES: 15,
};

/** AuthService as AuthModule wires it, on in-memory stores. */
export function authOnMemory(config: AuthConfig = TEST_AUTH_CONFIG) {
  const users = new MemoryUserStore();
  const attempts = new MemoryLoginAttemptStore();
  const jwt = new JwtService({ secret: config.JWT_SECRET });
  const auth = new AuthService(users, jwt, new LoginRateLimiter(attempts), config);
  return { auth, users, attempts, jwt };
}
