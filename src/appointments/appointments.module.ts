import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceHooks, AttendanceModule } from '../attendance/index.js';
import { AuthModule } from '../auth/index.js';
import { CalendarModule } from '../calendar/index.js';
import type { DatabaseConfig } from '../database/index.js';
import type { AppointmentsConfig } from './appointments.config.js';
import { APP_CONFIG } from '../config/index.js';
import { FeedAppointmentsRegistry, FeedsModule } from '../feeds/index.js';
import { NotifyExtensions } from '../notify/index.js';
import { OrgModule } from '../org/index.js';
import { RosterHooks, RosterModule } from '../roster/index.js';
import { AppointmentSync } from './appointment-sync.js';
import { AppointmentsController } from './appointments.controller.js';
import { AppointmentsService } from './appointments.service.js';
import { MatchingService } from './matching.service.js';
import { HandlingDeadlines } from './handling-deadline.js';
import { ReceptionsService } from './receptions.service.js';
import { flagRemovedSessions } from './roster-amendments.js';
import { Appointment } from './appointment.entity.js';
import { CasePetitioner } from './case-petitioner.entity.js';
import { CaseValidator } from './case-validator.js';
import { CasesController } from './cases.controller.js';
import { CaseTransferService } from './case-transfer.service.js';
import { BriefingController } from './briefing.controller.js';
import { BriefingService } from './briefing.service.js';
import { CasesService } from './cases.service.js';
import { DisciplineService } from './discipline.service.js';
import { CaseImportService } from './import/import.service.js';
import { PiiCrypto } from './pii/pii-crypto.js';
import { loadPiiCrypto } from './pii/pii-keys.js';
import { PriorityCase } from './priority-case.entity.js';
import { ReceptionRecord } from './reception-record.entity.js';
import { SeatHandover } from './seat-handover.js';
import { SessionAppointmentsReader } from './session-appointments.js';
import { WalkInPetitioner } from './walk-ins/walk-in-petitioner.entity.js';
import { WalkInReception } from './walk-ins/walk-in.entity.js';
import { WalkInsController } from './walk-ins/walk-ins.controller.js';
import { WalkInStepsService } from './walk-ins/walk-in-steps.service.js';
import { WalkInsService } from './walk-ins/walk-ins.service.js';

/** 重点约访: priority cases, file import, matching to leaders' sessions, reception records. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PriorityCase,
      CasePetitioner,
      Appointment,
      ReceptionRecord,
      WalkInReception,
      WalkInPetitioner,
    ]),
    AuthModule,
    OrgModule,
    CalendarModule,
    RosterModule,
    AttendanceModule,
    FeedsModule,
    // NotifyModule is global (AppointmentNotices, NotifyExtensions).
  ],
  controllers: [CasesController, AppointmentsController, WalkInsController, BriefingController],
  providers: [
    {
      provide: PiiCrypto,
      inject: [APP_CONFIG],
      useFactory: (config: AppointmentsConfig & DatabaseConfig) => loadPiiCrypto(config),
    },
    CaseValidator,
    CasesService,
    CaseTransferService,
    CaseImportService,
    MatchingService,
    AppointmentsService,
    ReceptionsService,
    HandlingDeadlines,
    AppointmentSync,
    SessionAppointmentsReader,
    WalkInsService,
    WalkInStepsService,
    DisciplineService,
    BriefingService,
    SeatHandover,
  ],
  exports: [CasesService, ReceptionsService, WalkInsService],
})
export class AppointmentsModule implements OnModuleInit {
  constructor(
    private readonly rosterHooks: RosterHooks,
    private readonly sync: AppointmentSync,
    private readonly sessions: SessionAppointmentsReader,
    private readonly feeds: FeedAppointmentsRegistry,
    private readonly notify: NotifyExtensions,
    private readonly attendanceHooks: AttendanceHooks,
    private readonly receptions: ReceptionsService,
    private readonly handover: SeatHandover,
  ) {}

  /** Feeds and reminders read appointments only through the reader registered here. */
  onModuleInit(): void {
    this.rosterHooks.register({
      onPublished: (tx, event) => flagRemovedSessions(tx, event, this.sync),
      onHandover: (tx, h) => this.handover.handOver(tx, h),
    });
    this.rosterHooks.registerSeatAppointments((unitId, seat) => this.handover.read(unitId, seat));
    this.feeds.register(this.sessions);
    this.attendanceHooks.register((tx, e) => this.receptions.relinkSatLeader(tx, e));
    this.notify.registerAppointmentCounter((unitId, date) =>
      this.sessions.countForDate(unitId, date),
    );
    this.notify.registerSessionCases((unitId, from, to, tx) =>
      this.sessions.sessionCases(unitId, from, to, tx),
    );
  }
}
