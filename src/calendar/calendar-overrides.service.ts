import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type Repository } from 'typeorm';
import type { AuthUser } from '../auth/index.js';
import { conflict, notFound } from '../common/app-error.js';
import { sqlStateOf } from '../common/database-errors.js';
import { UnitsService } from '../org/index.js';
import { CalendarOverride } from './calendar-override.entity.js';
import type { CreateOverride } from './calendar.schemas.js';

/** A unit's closures (typhoon days …) and extra working days on top of the national calendar. */
@Injectable()
export class CalendarOverridesService {
  constructor(
    @InjectRepository(CalendarOverride) private readonly overrides: Repository<CalendarOverride>,
    private readonly units: UnitsService,
  ) {}

  async list(user: AuthUser, unitId: string, year?: number): Promise<CalendarOverride[]> {
    await this.units.get(user, unitId);
    return this.overrides.find({
      where: year ? { unitId, date: Between(`${year}-01-01`, `${year}-12-31`) } : { unitId },
      order: { date: 'ASC' },
    });
  }

  async create(user: AuthUser, unitId: string, input: CreateOverride): Promise<CalendarOverride> {
    await this.units.get(user, unitId);
    try {
      return await this.overrides.save(
        this.overrides.create({ ...input, unitId, createdBy: user.id }),
      );
    } catch (err) {
      if (sqlStateOf(err) === '23505') {
        throw conflict(`date：${input.date} 已有本单位的日历调整，请先删除`, 'date');
      }
      throw err;
    }
  }

  async remove(user: AuthUser, unitId: string, id: string): Promise<void> {
    await this.units.get(user, unitId);
    const result = await this.overrides.delete({ id, unitId });
    if (!result.affected) throw notFound('日历调整', id);
  }

  /** For services: the unit's overrides in a date range. */
  between(unitId: string, from: string, to: string): Promise<CalendarOverride[]> {
    return this.overrides.find({ where: { unitId, date: Between(from, to) } });
  }
}
