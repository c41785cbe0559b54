import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectConfig } from '../config/index.js';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from './auth-user.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { burnVerification, hashPassword, verifyPassword } from './passwords.js';
import type { Role, User } from './user.entity.js';
import { UserStore } from './user-store.js';
import type { AuthConfig } from './auth.config.js';

interface TokenClaims {
  sub: string;
  role: Role;
  /** Set by signAsync from expiresIn; verifyAsync checks it only when present. */
  exp?: number;
}

export interface LoginResult {
  accessToken: string;
  expiresAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: string;
  leaderId?: string | null;
  departmentId?: string | null;
}

const accountOf = (u: User): AuthUser => ({
  id: u.id,
  username: u.username,
  role: u.role,
  unitId: u.unitId,
  leaderId: u.leaderId,
  departmentId: u.departmentId,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserStore,
    private readonly jwt: JwtService,
    private readonly limiter: LoginRateLimiter,
    @InjectConfig() private readonly config: AuthConfig,
  ) {}

  async login(username: string, password: string, ip: string): Promise<LoginResult> {
    const name = username.toLowerCase();
    const limits = {
      maxAttempts: this.config.LOGIN_MAX_ATTEMPTS,
      windowMinutes: this.config.LOGIN_WINDOW_MINUTES,
    };
    const gate = await this.limiter.begin(name, ip, limits);
    if (gate.kind === 'locked') {
      throw new AppError('TOO_MANY_ATTEMPTS', undefined, {
        headers: { 'Retry-After': String(gate.retryAfterSeconds) },
      });
    }
    if (gate.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, gate.delayMs));
    const user = await this.users.activeByUsername(username);
    const ok = user ? await verifyPassword(user.passwordHash, password) : false;
    if (!user) await burnVerification(password);
    // Same answer for an unknown user and a wrong password: no hint which usernames exist.
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
    await this.limiter.succeeded(name, ip, gate.windowStart);
    const ttlSeconds = this.config.TOKEN_TTL_MINUTES * 60;
    const claims: TokenClaims = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ttlSeconds });
    return { accessToken, expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() };
  }

  /** The active user behind a token, or undefined when the token or the user is no longer valid. */
  async authenticate(token: string): Promise<AuthUser | undefined> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return undefined;
    }
    // A correctly signed token without an expiry would be valid for ever: refused.
    if (typeof claims.exp !== 'number') return undefined;
    return this.activeAccount(claims.sub);
  }

  /** An active account as the guards see it, or undefined (e.g. whether a feed's owner still holds it). */
  async activeAccount(id: string): Promise<AuthUser | undefined> {
    const user = await this.users.activeById(id);
    return user ? accountOf(user) : undefined;
  }

  async createUsers(newUsers: NewUser[]): Promise<User[]> {
    const rows = await Promise.all(
      newUsers.map(async (u) => ({
        username: u.username,
        displayName: u.displayName,
        passwordHash: await hashPassword(u.password),
        role: u.role,
        unitId: u.unitId,
        leaderId: u.leaderId ?? null,
        departmentId: u.departmentId ?? null,
      })),
    );
    return this.users.insert(rows);
  }

  /** The active accounts of a leader (the leader or their secretary), oldest first. */
  async leaderAccounts(leaderId: string): Promise<AuthUser[]> {
    return (await this.users.activeLeaderAccounts(leaderId)).map(accountOf);
  }

  /** The display names of the given accounts (e.g. who confirmed a year's holidays). */
  async displayNames(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await this.users.byIds(wanted);
    return new Map(rows.map((u) => [u.id, u.displayName]));
  }

  async countUsers(): Promise<number> {
    return this.users.count();
  }
}
