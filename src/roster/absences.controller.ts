import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

  @Roles('admin', 'office')
  @Post()
  @ApiZodBody(absenceRangesSchema)
  @ApiZodResponse(z.array(availabilityResponse), 201)
  addRanges(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(absenceRangesSchema)) body: AbsenceRangesBody,
  ) {
    return this.absences.addRanges(user, unitId, body.absences);
  }

  @Roles('admin', 'office')
  @Post('paste')
  @ApiZodBody(absencePasteSchema)
  @ApiZodResponse(z.array(availabilityResponse), 201)
  paste(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(absencePasteSchema)) body: AbsencePasteBody,
  ) {
    return this.absences.paste(user, unitId, body.text);
  }
}
