import { Injectable } from '@nestjs/common';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { notFound } from '../common/app-error.js';
import type { UpdateUnitSettings } from './org.schemas.js';
import type { Unit } from './unit.entity.js';
import { UnitStore } from './unit-store.js';

@Injectable()
export class UnitsService {
  constructor(private readonly store: UnitStore) {}

  /** Administrators see every unit; everyone else their own. */
  async listVisible(user: AuthUser): Promise<Unit[]> {
    return this.store.list(user.role === 'admin' ? undefined : user.unitId);
  }

  async get(user: AuthUser, id: string): Promise<Unit> {
    const unit = await this.store.byId(id);
    if (!unit) throw notFound('单位', id);
    assertUnitAccess(user, unit.id);
    return unit;
  }

  /** The unit's own settings (落款, deadline rolling): its office or an administrator. */
  async updateSettings(user: AuthUser, id: string, input: UpdateUnitSettings): Promise<Unit> {
    const unit = await this.get(user, id);
    return this.store.save(Object.assign(unit, input));
  }

  /** For other modules, which have checked the caller's scope themselves. */
  async byId(id: string): Promise<Unit> {
    const unit = await this.store.byId(id);
    if (!unit) throw notFound('单位', id);
    return unit;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.store.byId(id)) !== null;
  }

  async count(): Promise<number> {
    return this.store.count();
  }
}
