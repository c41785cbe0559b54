import { Injectable } from '@nestjs/common';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { badRequest, conflict, notFound, versionConflict } from '../common/app-error.js';
import type { Department } from './department.entity.js';
import type { CreateDepartment, UpdateDepartment } from './org.schemas.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectsService } from './subjects.service.js';
import { DepartmentStore } from './unit-scoped-store.js';
import { UnitsService } from './units.service.js';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly store: DepartmentStore,
    private readonly units: UnitsService,
    private readonly subjects: SubjectsService,
    private readonly hooks: OrgHooks,
  ) {}

  async list(user: AuthUser, unitId: string | undefined, includeInactive: boolean) {
    const unit = unitId ?? user.unitId;
    assertUnitAccess(user, unit);
    return this.store.ofUnit(unit, includeInactive);
  }

  /** For other modules: the given departments, active or not, without a caller's scope. */
  byIds(ids: readonly string[]): Promise<Department[]> {
    return this.store.byIds(ids);
  }

  async get(user: AuthUser, id: string): Promise<Department> {
    const department = await this.store.byId(id);
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
    return this.store.insert({ ...input, active: true }, () => nameTaken(input.name));
  }

  async update(user: AuthUser, id: string, input: UpdateDepartment): Promise<Department> {
    if (input.subjectCodes)
      await this.subjects.assertKnownCodes(input.subjectCodes, 'subjectCodes');
    const { version, ...changes } = input;
    const saved = await this.store.change(
      id,
      (current) => {
        assertUnitAccess(user, current.unitId);
        if (version !== undefined && version !== current.version) throw versionConflict();
        return Object.assign(current, changes);
      },
      { duplicate: () => nameTaken(input.name) },
    );
    if (!saved) throw notFound('部门', id);
    return saved;
  }

  async deactivate(user: AuthUser, id: string): Promise<Department> {
    const saved = await this.store.change(
      id,
      (department) => {
        assertUnitAccess(user, department.unitId);
        department.active = false;
        return department;
      },
      {
        then: (saved, tx) =>
          this.hooks.departmentDeactivated(tx, { unitId: saved.unitId, departmentId: saved.id }),
      },
    );
    if (!saved) throw notFound('部门', id);
    return saved;
  }
}

const nameTaken = (name: string | undefined) => conflict(`name：部门 ${name} 已存在`, 'name');
