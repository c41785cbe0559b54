import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
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

  async record(entry: AuditEntry): Promise<void> {
    await this.log.save(
      this.log.create({
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
