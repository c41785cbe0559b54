import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { IdParam, ZodBody } from '../common/route-params.js';
import { AbsencesService } from './absences.service.js';
import {
  type AbsencePasteBody,
  absencePasteSchema,
  type AbsenceRangesBody,
  absenceRangesSchema,
} from './availability.schemas.js';
import { z } from 'zod';
import { availabilityResponse } from './roster.responses.js';

/** The office enters leaders' trips and leave as date ranges (a leader uses their own page). */
@ApiTags('availability')
@ApiBearerAuth()
@Controller('units/:unitId/absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Endpoint.post('', { roles: OFFICE, response: z.array(availabilityResponse) })
  addRanges(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(absenceRangesSchema) body: AbsenceRangesBody,
  ) {
    return this.absences.addRanges(user, unitId, body.absences);
  }

  @Endpoint.post('paste', { roles: OFFICE, response: z.array(availabilityResponse) })
  paste(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(absencePasteSchema) body: AbsencePasteBody,
  ) {
    return this.absences.paste(user, unitId, body.text);
  }
}
