import { getDataSourceToken } from '@nestjs/typeorm';
import {
  In,
  type DataSource,
  type DeepPartial,
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
} from 'typeorm';
import { sqlStateOf } from '../common/database-errors.js';
import { Department } from './department.entity.js';
import { Leader } from './leader.entity.js';

/** A row that belongs to a unit, is versioned and can be deactivated: a leader, a department. */
export interface UnitScopedRow {
  id: string;
  unitId: string;
  active: boolean;
  version: number;
}

export interface ChangeOptions<T> {
  /** The error to throw when the change takes a unique key (a leader's code, a department's name). */
  duplicate?: () => Error;
  /** Runs in the same transaction after the save (e.g. OrgHooks on a deactivation). */
  then?: (saved: T, tx: EntityManager) => Promise<void>;
}

/**
 * What org's services need of the leader and department tables. The services hold the rules
 * (scope, versions, quotas); a store only reads and writes, so specs can run the rules on an
 * in-memory store (src/org/testing.ts).
 */
export abstract class UnitScopedStore<T extends UnitScopedRow> {
  abstract byId(id: string): Promise<T | null>;
  abstract byIds(ids: readonly string[]): Promise<T[]>;
  /** A unit's rows in display order; only the active ones unless `withInactive`. */
  abstract ofUnit(unitId: string, withInactive: boolean): Promise<T[]>;
  abstract insert(values: DeepPartial<T>, duplicate: () => Error): Promise<T>;
  /**
   * Locks the row, saves what `decide` makes of it (its exceptions roll everything back) and runs
   * `then` in the same transaction; null when there is no such row.
   */
  abstract change(
    id: string,
    decide: (current: T) => T,
    options?: ChangeOptions<T>,
  ): Promise<T | null>;
}

export abstract class LeaderStore extends UnitScopedStore<Leader> {}
export abstract class DepartmentStore extends UnitScopedStore<Department> {}

class TypeOrmUnitScopedStore<T extends UnitScopedRow> extends UnitScopedStore<T> {
  constructor(
    private readonly db: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly order: FindOptionsOrder<T>,
  ) {
    super();
  }

  private get repo() {
    return this.db.getRepository(this.entity);
  }

  byId(id: string): Promise<T | null> {
    return this.repo.findOne({ where: { id } as FindOptionsWhere<T> });
  }

  async byIds(ids: readonly string[]): Promise<T[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    return this.repo.find({ where: { id: In(wanted) } as FindOptionsWhere<T> });
  }

  ofUnit(unitId: string, withInactive: boolean): Promise<T[]> {
    const where = (withInactive ? { unitId } : { unitId, active: true }) as FindOptionsWhere<T>;
    return this.repo.find({ where, order: this.order });
  }

  async insert(values: DeepPartial<T>, duplicate: () => Error): Promise<T> {
    try {
      return await this.repo.save(this.repo.create(values));
    } catch (err) {
      throw sqlStateOf(err) === '23505' ? duplicate() : err;
    }
  }

  async change(
    id: string,
    decide: (current: T) => T,
    { duplicate, then }: ChangeOptions<T> = {},
  ): Promise<T | null> {
    try {
      return await this.db.transaction(async (tx) => {
        const repo = tx.getRepository(this.entity);
        const current = await repo.findOne({
          where: { id } as FindOptionsWhere<T>,
          lock: { mode: 'pessimistic_write' },
        });
        if (!current) return null;
        const saved = await repo.save(decide(current));
        await then?.(saved, tx);
        return saved;
      });
    } catch (err) {
      throw duplicate && sqlStateOf(err) === '23505' ? duplicate() : err;
    }
  }
}

/** The stores' providers for OrgModule. */
export const unitScopedStores = [
  {
    provide: LeaderStore,
    inject: [getDataSourceToken()],
    useFactory: (db: DataSource): LeaderStore =>
      new TypeOrmUnitScopedStore(db, Leader, { protocolOrder: 'ASC', code: 'ASC' }),
  },
  {
    provide: DepartmentStore,
    inject: [getDataSourceToken()],
    useFactory: (db: DataSource): DepartmentStore =>
      new TypeOrmUnitScopedStore(db, Department, { name: 'ASC' }),
  },
];
