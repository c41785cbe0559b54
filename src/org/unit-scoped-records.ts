import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { badRequest, notFound, versionConflict } from '../common/app-error.js';
import type { ChangeOptions, UnitScopedRow, UnitScopedStore } from './unit-scoped-store.js';
import type { UnitsService } from './units.service.js';

/**
 * The rules leaders and departments share under a caller's scope: the caller's unit, the unit's
 * existence, the version a change was made against. Each service keeps its own rules (quotas,
 * unique codes or names, what a deactivation tells other modules).
 */
export class UnitScopedRecords<T extends UnitScopedRow> {
  constructor(
    private readonly store: UnitScopedStore<T>,
    private readonly units: UnitsService,
    /** The record's name in messages: 领导, 部门. */
    private readonly noun: string,
  ) {}

  /** The caller's own unit unless another is named. */
  async list(user: AuthUser, unitId: string | undefined, includeInactive: boolean): Promise<T[]> {
    const unit = unitId ?? user.unitId;
    assertUnitAccess(user, unit);
    return this.store.ofUnit(unit, includeInactive);
  }

  async get(user: AuthUser, id: string): Promise<T> {
    const row = await this.store.byId(id);
    if (!row) throw notFound(this.noun, id);
    assertUnitAccess(user, row.unitId);
    return row;
  }

  /** Before a record is added: the caller may write in the unit, and the unit exists. */
  async assertUnitOpen(user: AuthUser, unitId: string): Promise<void> {
    assertUnitAccess(user, unitId);
    if (!(await this.units.exists(unitId))) {
      throw badRequest(`unitId：单位不存在 ${unitId}`, 'unitId');
    }
  }

  /** Applies the changes when `version` (if given) is current; `check` vets the result. */
  update<C extends { version?: number }>(
    user: AuthUser,
    id: string,
    { version, ...changes }: C,
    { check, duplicate }: { check?: (next: T) => void; duplicate: () => Error },
  ): Promise<T> {
    return this.change(
      user,
      id,
      (current) => {
        if (version !== undefined && version !== current.version) throw versionConflict();
        const next = Object.assign(current, changes);
        check?.(next);
        return next;
      },
      { duplicate },
    );
  }

  /** Marks the record inactive (and whatever `retire` adds); `then` runs in the same transaction. */
  deactivate(
    user: AuthUser,
    id: string,
    { retire, then }: { retire?: (row: T) => void; then: ChangeOptions<T>['then'] },
  ): Promise<T> {
    return this.change(
      user,
      id,
      (row) => {
        row.active = false;
        retire?.(row);
        return row;
      },
      { then },
    );
  }

  private async change(
    user: AuthUser,
    id: string,
    decide: (current: T) => T,
    options: ChangeOptions<T>,
  ): Promise<T> {
    const saved = await this.store.change(
      id,
      (current) => {
        assertUnitAccess(user, current.unitId);
        return decide(current);
      },
      options,
    );
    if (!saved) throw notFound(this.noun, id);
    return saved;
  }
}
