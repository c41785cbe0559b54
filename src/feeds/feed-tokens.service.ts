import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  IsNull,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
  type Repository,
} from 'typeorm';
import { AuthService, type AuthUser } from '../auth/index.js';
import { forbidden, notFound } from '../common/app-error.js';
import { DepartmentsService, LeadersService } from '../org/index.js';
import { canHold, subjectOf, type FeedSubject } from './feed-scope.js';
import { FeedToken, type RevokeReason } from './feed-token.entity.js';

/** A user keeps at most this many working links per feed (one per device, say). */
export const MAX_LINKS_PER_FEED = 5;
const RECHECK_MS = 1000;
const LAST_USED_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** 256 random bits, URL-safe: 43 characters of [A-Za-z0-9_-]. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type Resolution =
  | { status: 'ok'; tokenId: string; subject: FeedSubject; label: string }
  | { status: 'gone' }
  | { status: 'unknown' };

/** Why a link's feed may no longer be read through it, from its owner and its leader or department. */
function whyNotValid(
  subject: FeedSubject,
  owner: AuthUser | undefined,
  target: { active: boolean } | undefined,
): RevokeReason | null {
  if (subject.scope === 'leader' && target?.active === false) return 'leader_inactive';
  if (subject.scope === 'department' && target?.active === false) return 'department_inactive';
  if (!owner || !canHold(owner, subject)) return 'owner_changed';
  return null;
}

/** Issues, checks, rotates and revokes feed links; the secret itself is never stored. */
@Injectable()
export class FeedTokensService {
  private readonly resolved = new Map<string, { value: Resolution; at: number }>();
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    @InjectRepository(FeedToken) private readonly tokens: Repository<FeedToken>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly leaders: LeadersService,
    private readonly departments: DepartmentsService,
  ) {}

  /** A new link for the caller; older links of theirs for the same feed keep working (up to a cap). */
  async issue(owner: AuthUser, subject: FeedSubject): Promise<{ token: string; row: FeedToken }> {
    const token = randomBytes(32).toString('base64url');
    const row = await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(FeedToken);
      const saved = await repo.save(
        repo.create({
          tokenHash: hashToken(token),
          hint: token.slice(0, 4),
          scope: subject.scope,
          unitId: subject.unitId,
          leaderId: subject.scope === 'leader' ? subject.leaderId : null,
          departmentId: subject.scope === 'department' ? subject.departmentId : null,
          ownerId: owner.id,
          revokedAt: null,
          revokedReason: null,
          lastUsedAt: null,
        }),
      );
      // Beyond the cap, the links used least recently (never-used first) stop working.
      await tx.query(
        `UPDATE feed_token SET revoked_at = now(), revoked_reason = 'superseded'
         WHERE id IN (
           SELECT id FROM feed_token
           WHERE owner_id = $1 AND scope = $2 AND unit_id = $3
             AND leader_id IS NOT DISTINCT FROM $4 AND department_id IS NOT DISTINCT FROM $5
             AND revoked_at IS NULL
           ORDER BY last_used_at DESC NULLS LAST, created_at DESC
           OFFSET $6)`,
        [
          owner.id,
          saved.scope,
          saved.unitId,
          saved.leaderId,
          saved.departmentId,
          MAX_LINKS_PER_FEED,
        ],
      );
      return saved;
    });
    this.resolved.clear();
    return { token, row };
  }

  /** Ends the caller's links to one feed; returns how many. */
  async revokeOwn(owner: AuthUser, subject: FeedSubject, reason: RevokeReason): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE feed_token SET revoked_at = now(), revoked_reason = $6
       WHERE owner_id = $1 AND scope = $2 AND unit_id = $3
         AND leader_id IS NOT DISTINCT FROM $4 AND department_id IS NOT DISTINCT FROM $5
         AND revoked_at IS NULL`,
      [
        owner.id,
        subject.scope,
        subject.unitId,
        subject.scope === 'leader' ? subject.leaderId : null,
        subject.scope === 'department' ? subject.departmentId : null,
        reason,
      ],
    );
    this.resolved.clear();
    return result[1];
  }

  /** Its owner or an administrator ends one link. */
  async revokeById(user: AuthUser, id: string): Promise<void> {
    const row = await this.tokens.findOne({ where: { id } });
    if (!row) throw notFound('订阅链接', id);
    if (row.ownerId !== user.id && user.role !== 'admin') throw forbidden('只能撤销自己的订阅链接');
    if (row.revokedAt) this.resolved.clear();
    else await this.revokeWhere({ id }, 'revoked');
  }

  /** Every link of a leader's feed, e.g. when the leader leaves (inside the caller's `tx` if given). */
  revokeForLeader(leaderId: string, reason: RevokeReason, tx?: EntityManager): Promise<number> {
    return this.revokeWhere({ leaderId }, reason, tx);
  }

  /** Every link of a department's feed, when the department is deactivated. */
  revokeForDepartment(
    departmentId: string,
    reason: RevokeReason,
    tx?: EntityManager,
  ): Promise<number> {
    return this.revokeWhere({ departmentId }, reason, tx);
  }

  /** Ends the working links that match `where`; the cache forgets them at once. */
  private async revokeWhere(
    where: FindOptionsWhere<FeedToken>,
    reason: RevokeReason,
    tx?: EntityManager,
  ): Promise<number> {
    const repo = tx ? tx.getRepository(FeedToken) : this.tokens;
    const result = await repo.update(
      { ...where, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    this.resolved.clear();
    return result.affected ?? 0;
  }

  /** Administrators see every link of a unit (never the secret); others their own. */
  list(user: AuthUser, unitId: string | undefined): Promise<FeedToken[]> {
    const where =
      user.role === 'admin'
        ? unitId
          ? { unitId }
          : {}
        : { ownerId: user.id, ...(unitId ? { unitId } : {}) };
    return this.tokens.find({ where, order: { createdAt: 'DESC' } });
  }

  /**
   * The feed a presented secret (given as its hash) opens. Cached for a second per process: a link revoked through
   * another replica stops working there within that second, through this one at once. A link whose
   * owner no longer holds the scope, or whose leader has left, is revoked on the spot.
   */
  async resolve(hash: string): Promise<Resolution> {
    const now = Date.now();
    const cached = this.resolved.get(hash);
    if (cached && now - cached.at < RECHECK_MS) return cached.value;
    const value = await this.lookup(hash);
    if (this.resolved.size > 10_000) this.resolved.clear();
    this.resolved.set(hash, { value, at: now });
    return value;
  }

  private async lookup(hash: string): Promise<Resolution> {
    const row = await this.tokens.findOne({ where: { tokenHash: hash } });
    if (!row) return { status: 'unknown' };
    if (row.revokedAt) return { status: 'gone' };
    const subject = subjectOf(row);
    // The owner, leader and department belong to auth and org: asked of them, not joined.
    const [owner, [leader], [department]] = await Promise.all([
      this.auth.activeAccount(row.ownerId),
      subject.scope === 'leader' ? this.leaders.byIds([subject.leaderId]) : [],
      subject.scope === 'department' ? this.departments.byIds([subject.departmentId]) : [],
    ]);
    const reason = whyNotValid(subject, owner, leader ?? department);
    if (reason) {
      await this.tokens.update(
        { id: row.id, revokedAt: IsNull() },
        { revokedAt: new Date(), revokedReason: reason },
      );
      return { status: 'gone' };
    }
    return { status: 'ok', tokenId: row.id, subject, label: department?.name ?? '' };
  }

  /** Keeps last_used_at to the minute without a write per poll. */
  async markUsed(tokenId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastUsedWritten.get(tokenId) ?? 0) < LAST_USED_EVERY_MS) return;
    this.lastUsedWritten.set(tokenId, now);
    if (this.lastUsedWritten.size > 10_000) this.lastUsedWritten.clear();
    await this.tokens.update({ id: tokenId }, { lastUsedAt: new Date(now) });
  }
}
