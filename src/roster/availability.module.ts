import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/index.js';
import { AbsencesController } from './absences.controller.js';
import { AbsencesService } from './absences.service.js';
import { AvailabilityController } from './availability.controller.js';
import { LeaderAvailability } from './availability.entity.js';
import { AvailabilityService } from './availability.service.js';

/** Leaders' unavailability and wishes; the roster module reads them through AvailabilityService. */
@Module({
  imports: [TypeOrmModule.forFeature([LeaderAvailability]), OrgModule],
  controllers: [AvailabilityController, AbsencesController],
  providers: [AvailabilityService, AbsencesService],
  exports: [AvailabilityService],
})
export class AvailabilityModule {}
