import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditLog } from './audit-log.entity.js';
import type { AuthUser } from './auth-user.js';

export interface AuditEntry {
  user?: AuthUser;
  username?: string;
  action: string;
  entityType?: string;
  entityId?: string;
  statusCode?: number;
  ip?: string;
  requestId?: string;
  detail?: Record<string, unknown>;
}

export interface AuditQuery {
  unitId?: string;
  limit: number;
  beforeId?: string;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {}

  /** With `tx`, the entry is written in the caller's transaction: no change without its record. */
  async record(entry: AuditEntry, tx?: EntityManager): Promise<void> {
    const log = tx ? tx.getRepository(AuditLog) : this.log;
    await log.save(
      log.create({
        userId: entry.user?.id ?? null,
        username: entry.user?.username ?? entry.username ?? null,
        role: entry.user?.role ?? null,
        action: entry.action,
        entityType: entry.entityType ?? null,
        entityId: entry.entityId ?? null,
        statusCode: entry.statusCode ?? null,
        ip: entry.ip ?? null,
        requestId: entry.requestId ?? null,
        detail: entry.detail ?? null,
      }),
    );
  }

  async list(query: AuditQuery): Promise<AuditLog[]> {
    const qb = this.log.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(query.limit);
    if (query.beforeId) qb.andWhere('a.id < :before', { before: query.beforeId });
    return qb.getMany();
  }
}
