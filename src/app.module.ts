import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppointmentsModule } from './appointments/index.js';
import { AttendanceModule } from './attendance/index.js';
import { AuditInterceptor, AuditService, AuthModule } from './auth/index.js';
import { CalendarModule } from './calendar/index.js';
import { ClockModule } from './common/clock.module.js';
import { HttpErrorFilter } from './common/http-exception.filter.js';
import { type AppConfig, ConfigModule } from './config/index.js';
import { dataSourceOptions, migrate } from './database/index.js';
import { DutyRequestsModule } from './duty-requests/index.js';
import { FeedsModule } from './feeds/index.js';
import { HealthController } from './health/index.js';
import { NotifyModule } from './notify/index.js';
import { OrgModule } from './org/index.js';
import { AvailabilityModule, RosterModule } from './roster/index.js';
import { StatsModule } from './stats/index.js';
import { SolveJobsModule } from './solve-jobs/index.js';

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
