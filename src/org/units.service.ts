import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { notFound } from '../common/app-error.js';
import type { UpdateUnitSettings } from './org.schemas.js';
import { Unit } from './unit.entity.js';

@Injectable()
export class UnitsService {
  constructor(@InjectRepository(Unit) private readonly units: Repository<Unit>) {}

  /** Administrators see every unit; everyone else their own. */
  async listVisible(user: AuthUser): Promise<Unit[]> {
    const where = user.role === 'admin' ? {} : { id: user.unitId };
    return this.units.find({ where, order: { level: 'ASC', code: 'ASC' } });
  }

  async get(user: AuthUser, id: string): Promise<Unit> {
    const unit = await this.units.findOne({ where: { id } });
    if (!unit) throw notFound('单位', id);
    assertUnitAccess(user, unit.id);
    return unit;
  }

  /** The unit's own settings (落款, deadline rolling): its office or an administrator. */
  async updateSettings(user: AuthUser, id: string, input: UpdateUnitSettings): Promise<Unit> {
    const unit = await this.get(user, id);
    return this.units.save(this.units.merge(unit, input));
  }

  /** For other modules, which have checked the caller's scope themselves. */
  async byId(id: string): Promise<Unit> {
    const unit = await this.units.findOne({ where: { id } });
    if (!unit) throw notFound('单位', id);
    return unit;
  }

  async exists(id: string): Promise<boolean> {
    return this.units.exists({ where: { id } });
  }

  async count(): Promise<number> {
    return this.units.count();
  }
}
