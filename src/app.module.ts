import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppointmentsModule } from './appointments/appointments.module.js';
import { AttendanceModule } from './attendance/attendance.module.js';
import { AuditInterceptor } from './auth/audit.interceptor.js';
import { AuditService } from './auth/audit.service.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ClockModule } from './common/clock.module.js';
import { HttpErrorFilter } from './common/http-exception.filter.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { migrate } from './database/migrate.js';
import { DutyRequestsModule } from './duty-requests/duty-requests.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { HealthController } from './health/health.controller.js';
import { NotifyModule } from './notify/notify.module.js';
import { OrgModule } from './org/org.module.js';
import { RosterModule } from './roster/roster.module.js';
import { StatsModule } from './stats/stats.module.js';
import { AvailabilityModule } from './roster/availability.module.js';
import { SolveJobsModule } from './solve-jobs/solve-jobs.module.js';

export const LOGGER = Symbol('LOGGER');

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(databaseUrl, {
              poolSize: config.DB_POOL_SIZE,
              connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
              queryTimeoutMs: config.DB_QUERY_TIMEOUT_MS,
            }),
            retryAttempts: 2,
            retryDelay: 1000,
          }),
          // Migrations are applied before the service accepts requests, once across replicas.
          dataSourceFactory: async (options) => {
            const applied = await migrate(databaseUrl, config.DB_CONNECT_TIMEOUT_MS);
            if (applied.length) logger.info({ applied }, 'migrations applied');
            return new DataSource(options!).initialize();
          },
        }),
        AuthModule,
        OrgModule,
        CalendarModule,
        AvailabilityModule,
        RosterModule,
        AttendanceModule,
        AppointmentsModule,
        StatsModule,
        FeedsModule,
        NotifyModule.forRoot({ databaseUrl, logger }),
        DutyRequestsModule,
        SolveJobsModule.forRoot({ logger }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
        {
          provide: APP_INTERCEPTOR,
          inject: [AuditService],
          useFactory: (audit: AuditService) => new AuditInterceptor(audit, logger),
        },
      ],
    };
  }
}
