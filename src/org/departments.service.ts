import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { badRequest, conflict, notFound } from '../common/app-error.js';
import { sqlStateOf } from '../common/database-errors.js';
import { Department } from './department.entity.js';
import { versionConflict } from './leaders.service.js';
import type { CreateDepartment, UpdateDepartment } from './org.schemas.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectsService } from './subjects.service.js';
import { UnitsService } from './units.service.js';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsService,
    private readonly subjects: SubjectsService,
    private readonly hooks: OrgHooks,
  ) {}

  async list(user: AuthUser, unitId: string | undefined, includeInactive: boolean) {
    const unit = unitId ?? user.unitId;
    assertUnitAccess(user, unit);
    return this.departments.find({
      where: includeInactive ? { unitId: unit } : { unitId: unit, active: true },
      order: { name: 'ASC' },
    });
  }

  /** For other modules: the given departments, active or not, without a caller's scope. */
  byIds(ids: readonly string[]): Promise<Department[]> {
    const wanted = [...new Set(ids)];
    return wanted.length
      ? this.departments.find({ where: { id: In(wanted) } })
      : Promise.resolve([]);
  }

  async get(user: AuthUser, id: string): Promise<Department> {
    const department = await this.departments.findOne({ where: { id } });
    if (!department) throw notFound('部门', id);
    assertUnitAccess(user, department.unitId);
    return department;
  }

  async create(user: AuthUser, input: CreateDepartment): Promise<Department> {
    assertUnitAccess(user, input.unitId);
    if (!(await this.units.exists(input.unitId))) {
      throw badRequest(`unitId：单位不存在 ${input.unitId}`, 'unitId');
    }
    await this.subjects.assertKnownCodes(input.subjectCodes, 'subjectCodes');
    try {
      return await this.departments.save(this.departments.create({ ...input, active: true }));
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw conflict(`name：部门 ${input.name} 已存在`, 'name');
      throw err;
    }
  }

  async update(user: AuthUser, id: string, input: UpdateDepartment): Promise<Department> {
    if (input.subjectCodes)
      await this.subjects.assertKnownCodes(input.subjectCodes, 'subjectCodes');
    const { version, ...changes } = input;
    try {
      return await this.db.transaction(async (tx) => {
        const repo = tx.getRepository(Department);
        const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw notFound('部门', id);
        assertUnitAccess(user, current.unitId);
        if (version !== undefined && version !== current.version) throw versionConflict();
        return repo.save(repo.merge(current, changes));
      });
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw conflict(`name：部门 ${input.name} 已存在`, 'name');
      throw err;
    }
  }

  async deactivate(user: AuthUser, id: string): Promise<Department> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(Department);
      const department = await repo.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!department) throw notFound('部门', id);
      assertUnitAccess(user, department.unitId);
      department.active = false;
      const saved = await repo.save(department);
      await this.hooks.departmentDeactivated(tx, {
        unitId: saved.unitId,
        departmentId: saved.id,
      });
      return saved;
    });
  }
}
