import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
import { DepartmentsService } from './departments.service.js';
import { LeadersService } from './leaders.service.js';
import {
  createDepartmentSchema,
  createLeaderSchema,
  type CreateDepartment,
  type CreateLeader,
  deactivateSchema,
  unitQuerySchema,
  updateDepartmentSchema,
  updateLeaderSchema,
  updateUnitSettingsSchema,
  type UpdateDepartment,
  type UpdateLeader,
  type UpdateUnitSettings,
} from './org.schemas.js';
import { SubjectsService } from './subjects.service.js';
import { UnitsService } from './units.service.js';
import {
  departmentResponse,
  leaderResponse,
  subjectResponse,
  unitResponse,
} from './org.responses.js';

type UnitQuery = z.infer<typeof unitQuerySchema>;

@ApiTags('org')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(unitResponse))
  list(@CurrentUser() user: AuthUser) {
    return this.units.listVisible(user);
  }

  @AnyRole()
  @Get(':id')
  @ApiZodResponse(unitResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.units.get(user, id);
  }

  @Roles('admin', 'office')
  @Patch(':id')
  @ApiZodBody(updateUnitSettingsSchema)
  @ApiZodResponse(unitResponse)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(updateUnitSettingsSchema)) body: UpdateUnitSettings,
  ) {
    return this.units.updateSettings(user, id, body);
  }
}

@ApiTags('org')
@ApiBearerAuth()
@Controller('subjects')
export class SubjectsController {
  constructor(private readonly subjects: SubjectsService) {}

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(subjectResponse))
  list() {
    return this.subjects.list();
  }
}

@ApiTags('org')
@ApiBearerAuth()
@Controller('leaders')
export class LeadersController {
  constructor(private readonly leaders: LeadersService) {}

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(leaderResponse))
  list(@CurrentUser() user: AuthUser, @Query(new ZodPipe(unitQuerySchema)) q: UnitQuery) {
    return this.leaders.list(user, q.unitId, q.includeInactive);
  }

  @AnyRole()
  @Get(':id')
  @ApiZodResponse(leaderResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.leaders.get(user, id);
  }

  @Roles('admin', 'office')
  @Post()
  @ApiZodBody(createLeaderSchema)
  @ApiZodResponse(leaderResponse, 201)
  create(@CurrentUser() user: AuthUser, @Body(new ZodPipe(createLeaderSchema)) body: CreateLeader) {
    return this.leaders.create(user, body);
  }

  @Roles('admin', 'office')
  @Patch(':id')
  @ApiZodBody(updateLeaderSchema)
  @ApiZodResponse(leaderResponse)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(updateLeaderSchema)) body: UpdateLeader,
  ) {
    return this.leaders.update(user, id, body);
  }

  @Roles('admin', 'office')
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiZodBody(deactivateSchema)
  @ApiZodResponse(leaderResponse)
  deactivate(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(deactivateSchema)) body: z.infer<typeof deactivateSchema>,
  ) {
    return this.leaders.deactivate(user, id, body.activeTo);
  }
}

@ApiTags('org')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @AnyRole()
  @Get()
  @ApiZodResponse(z.array(departmentResponse))
  list(@CurrentUser() user: AuthUser, @Query(new ZodPipe(unitQuerySchema)) q: UnitQuery) {
    return this.departments.list(user, q.unitId, q.includeInactive);
  }

  @AnyRole()
  @Get(':id')
  @ApiZodResponse(departmentResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.departments.get(user, id);
  }

  @Roles('admin', 'office')
  @Post()
  @ApiZodBody(createDepartmentSchema)
  @ApiZodResponse(departmentResponse, 201)
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodPipe(createDepartmentSchema)) body: CreateDepartment,
  ) {
    return this.departments.create(user, body);
  }

  @Roles('admin', 'office')
  @Patch(':id')
  @ApiZodBody(updateDepartmentSchema)
  @ApiZodResponse(departmentResponse)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(updateDepartmentSchema)) body: UpdateDepartment,
  ) {
    return this.departments.update(user, id, body);
  }

  @Roles('admin', 'office')
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiZodResponse(departmentResponse)
  deactivate(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.departments.deactivate(user, id);
  }
}
