import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditLog } from './audit-log.entity.js';

export type AuditRow = Omit<AuditLog, 'id' | 'at'>;

/** The audit log table (an in-memory one in specs: src/auth/testing.ts). */
export abstract class AuditStore {
  /** With `tx`, the row is written in the caller's transaction. */
  abstract insert(row: AuditRow, tx?: EntityManager): Promise<void>;
  /** The newest entries first, older than `beforeId` when given. */
  abstract list(limit: number, beforeId?: string): Promise<AuditLog[]>;
}

@Injectable()
export class TypeOrmAuditStore extends AuditStore {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {
    super();
  }

  async insert(row: AuditRow, tx?: EntityManager): Promise<void> {
    const log = tx ? tx.getRepository(AuditLog) : this.log;
    await log.save(log.create(row));
  }

  list(limit: number, beforeId?: string): Promise<AuditLog[]> {
    const qb = this.log.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit);
    if (beforeId) qb.andWhere('a.id < :before', { before: beforeId });
    return qb.getMany();
  }
}
