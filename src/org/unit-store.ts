import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Unit } from './unit.entity.js';

/** What UnitsService needs of the unit table (an in-memory one in specs: src/org/testing.ts). */
export abstract class UnitStore {
  abstract byId(id: string): Promise<Unit | null>;
  /** Every unit, or just the one with `id`: cities before counties, then by code. */
  abstract list(id?: string): Promise<Unit[]>;
  abstract save(unit: Unit): Promise<Unit>;
  abstract count(): Promise<number>;
}

@Injectable()
export class TypeOrmUnitStore extends UnitStore {
  constructor(@InjectRepository(Unit) private readonly units: Repository<Unit>) {
    super();
  }

  byId(id: string): Promise<Unit | null> {
    return this.units.findOne({ where: { id } });
  }

  list(id?: string): Promise<Unit[]> {
    return this.units.find({ where: id ? { id } : {}, order: { level: 'ASC', code: 'ASC' } });
  }

  save(unit: Unit): Promise<Unit> {
    return this.units.save(unit);
  }

  count(): Promise<number> {
    return this.units.count();
  }
}
