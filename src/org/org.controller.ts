import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
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

  @Endpoint.get('', { roles: 'any', response: z.array(unitResponse) })
  list(@CurrentUser() user: AuthUser) {
    return this.units.listVisible(user);
  }

  @Endpoint.get(':id', { roles: 'any', response: unitResponse })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.units.get(user, id);
  }

  @Endpoint.patch(':id', { roles: OFFICE, response: unitResponse })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(updateUnitSettingsSchema) body: UpdateUnitSettings,
  ) {
    return this.units.updateSettings(user, id, body);
  }
}

@ApiTags('org')
@ApiBearerAuth()
@Controller('subjects')
export class SubjectsController {
  constructor(private readonly subjects: SubjectsService) {}

  @Endpoint.get('', { roles: 'any', response: z.array(subjectResponse) })
  list() {
    return this.subjects.list();
  }
}

@ApiTags('org')
@ApiBearerAuth()
@Controller('leaders')
export class LeadersController {
  constructor(private readonly leaders: LeadersService) {}

  @Endpoint.get('', { roles: 'any', response: z.array(leaderResponse) })
  list(@CurrentUser() user: AuthUser, @ZodQuery(unitQuerySchema) q: UnitQuery) {
    return this.leaders.list(user, q.unitId, q.includeInactive);
  }

  @Endpoint.get(':id', { roles: 'any', response: leaderResponse })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.leaders.get(user, id);
  }

  @Endpoint.post('', { roles: OFFICE, response: leaderResponse })
  create(@CurrentUser() user: AuthUser, @ZodBody(createLeaderSchema) body: CreateLeader) {
    return this.leaders.create(user, body);
  }

  @Endpoint.patch(':id', { roles: OFFICE, response: leaderResponse })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(updateLeaderSchema) body: UpdateLeader,
  ) {
    return this.leaders.update(user, id, body);
  }

  @Endpoint.action(':id/deactivate', { roles: OFFICE, response: leaderResponse })
  deactivate(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(deactivateSchema) body: z.infer<typeof deactivateSchema>,
  ) {
    return this.leaders.deactivate(user, id, body.activeTo);
  }
}

@ApiTags('org')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Endpoint.get('', { roles: 'any', response: z.array(departmentResponse) })
  list(@CurrentUser() user: AuthUser, @ZodQuery(unitQuerySchema) q: UnitQuery) {
    return this.departments.list(user, q.unitId, q.includeInactive);
  }

  @Endpoint.get(':id', { roles: 'any', response: departmentResponse })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.departments.get(user, id);
  }

  @Endpoint.post('', { roles: OFFICE, response: departmentResponse })
  create(@CurrentUser() user: AuthUser, @ZodBody(createDepartmentSchema) body: CreateDepartment) {
    return this.departments.create(user, body);
  }

  @Endpoint.patch(':id', { roles: OFFICE, response: departmentResponse })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(updateDepartmentSchema) body: UpdateDepartment,
  ) {
    return this.departments.update(user, id, body);
  }

  @Endpoint.action(':id/deactivate', { roles: OFFICE, response: departmentResponse })
  deactivate(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.departments.deactivate(user, id);
  }
}
