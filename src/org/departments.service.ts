import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/index.js';
import { conflict } from '../common/app-error.js';
import type { Department } from './department.entity.js';
import type { CreateDepartment, UpdateDepartment } from './org.schemas.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectsService } from './subjects.service.js';
import { UnitScopedRecords } from './unit-scoped-records.js';
import { DepartmentStore } from './unit-scoped-store.js';
import { UnitsService } from './units.service.js';

@Injectable()
export class DepartmentsService {
  private readonly records: UnitScopedRecords<Department>;

  constructor(
    private readonly store: DepartmentStore,
    units: UnitsService,
    private readonly subjects: SubjectsService,
    private readonly hooks: OrgHooks,
  ) {
    this.records = new UnitScopedRecords(store, units, '部门');
  }

  list(user: AuthUser, unitId: string | undefined, includeInactive: boolean) {
    return this.records.list(user, unitId, includeInactive);
  }

  /** For other modules: the given departments, active or not, without a caller's scope. */
  byIds(ids: readonly string[]): Promise<Department[]> {
    return this.store.byIds(ids);
  }

  get(user: AuthUser, id: string): Promise<Department> {
    return this.records.get(user, id);
  }

  async create(user: AuthUser, input: CreateDepartment): Promise<Department> {
    await this.records.assertUnitOpen(user, input.unitId);
    await this.subjects.assertKnownCodes(input.subjectCodes, 'subjectCodes');
    return this.store.insert({ ...input, active: true }, () => nameTaken(input.name));
  }

  async update(user: AuthUser, id: string, input: UpdateDepartment): Promise<Department> {
    if (input.subjectCodes)
      await this.subjects.assertKnownCodes(input.subjectCodes, 'subjectCodes');
    return this.records.update(user, id, input, { duplicate: () => nameTaken(input.name) });
  }

  deactivate(user: AuthUser, id: string): Promise<Department> {
    return this.records.deactivate(user, id, {
      then: (saved, tx) =>
        this.hooks.departmentDeactivated(tx, { unitId: saved.unitId, departmentId: saved.id }),
    });
  }
}

const nameTaken = (name: string | undefined) => conflict(`name：部门 ${name} 已存在`, 'name');
