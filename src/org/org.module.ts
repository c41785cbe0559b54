import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from './department.entity.js';
import { DepartmentsService } from './departments.service.js';
import { Leader } from './leader.entity.js';
import { LeadersService } from './leaders.service.js';
import {
  DepartmentsController,
  LeadersController,
  SubjectsController,
  UnitsController,
} from './org.controller.js';
import { Subject, SubjectAlias } from './subject.entity.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectStore, TypeOrmSubjectStore } from './subject-store.js';
import { SubjectsService } from './subjects.service.js';
import { Unit } from './unit.entity.js';
import { unitScopedStores } from './unit-scoped-store.js';
import { TypeOrmUnitStore, UnitStore } from './unit-store.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Unit, Leader, Department, Subject, SubjectAlias])],
  controllers: [UnitsController, SubjectsController, LeadersController, DepartmentsController],
  providers: [
    { provide: UnitStore, useClass: TypeOrmUnitStore },
    { provide: SubjectStore, useClass: TypeOrmSubjectStore },
    ...unitScopedStores,
    UnitsService,
    LeadersService,
    DepartmentsService,
    SubjectsService,
    OrgHooks,
  ],
  exports: [UnitsService, LeadersService, DepartmentsService, SubjectsService, OrgHooks],
})
export class OrgModule {}
