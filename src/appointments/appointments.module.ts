import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OrgModule } from '../org/org.module.js';
import { RosterHooks } from '../roster/roster-hooks.js';
import { RosterModule } from '../roster/roster.module.js';
import { AppointmentsController } from './appointments.controller.js';
import { AppointmentsService } from './appointments.service.js';
import { MatchingService } from './matching.service.js';
import { ReceptionsService } from './receptions.service.js';
import { flagRemovedSessions } from './roster-amendments.js';
import { Appointment } from './appointment.entity.js';
import { CasePetitioner } from './case-petitioner.entity.js';
import { CaseValidator } from './case-validator.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { CaseImportService } from './import/import.service.js';
import { PiiCrypto } from './pii/pii-crypto.js';
import { loadPiiCrypto } from './pii/pii-keys.js';
import { PriorityCase } from './priority-case.entity.js';
import { ReceptionRecord } from './reception-record.entity.js';

/** 重点约访: priority cases, file import, matching to leaders' sessions, reception records. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PriorityCase, CasePetitioner, Appointment, ReceptionRecord]),
    AuthModule,
    OrgModule,
    RosterModule,
  ],
  controllers: [CasesController, AppointmentsController],
  providers: [
    {
      provide: PiiCrypto,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loadPiiCrypto(config),
    },
    CaseValidator,
    CasesService,
    CaseImportService,
    MatchingService,
    AppointmentsService,
    ReceptionsService,
  ],
  exports: [CasesService],
})
export class AppointmentsModule implements OnModuleInit {
  constructor(private readonly rosterHooks: RosterHooks) {}

  onModuleInit(): void {
    this.rosterHooks.register({ onPublished: flagRemovedSessions });
  }
}
