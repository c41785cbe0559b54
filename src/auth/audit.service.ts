import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditLog } from './audit-log.entity.js';
import { AuditStore } from './audit-store.js';
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
  constructor(private readonly store: AuditStore) {}

  /** With `tx`, the entry is written in the caller's transaction: no change without its record. */
  async record(entry: AuditEntry, tx?: EntityManager): Promise<void> {
    await this.store.insert(
      {
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
      },
      tx,
    );
  }

  async list(query: AuditQuery): Promise<AuditLog[]> {
    return this.store.list(query.limit, query.beforeId);
  }
}
