import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from './department.entity';
import { DepartmentsService } from './departments.service';
import { Leader } from './leader.entity';
import { LeadersService } from './leaders.service';
import {
  DepartmentsController,
  LeadersController,
  SubjectsController,
  UnitsController,
} from './org.controller';
import { Subject, SubjectAlias } from './subject.entity';
import { SubjectsService } from './subjects.service';
import { Unit } from './unit.entity';
import { UnitsService } from './units.service';

@Module({
  imports: [TypeOrmModule.forFeature([Unit, Leader, Department, Subject, SubjectAlias])],
  controllers: [UnitsController, SubjectsController, LeadersController, DepartmentsController],
  providers: [UnitsService, LeadersService, DepartmentsService, SubjectsService],
  exports: [UnitsService, LeadersService, DepartmentsService, SubjectsService],
})
export class OrgModule {}
