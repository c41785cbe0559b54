import {
  type DynamicModule,
  Inject,
  Module,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { CalendarModule } from '../calendar/index.js';
import { APP_CONFIG, InjectConfig } from '../config/index.js';
import { OrgModule } from '../org/index.js';
import { RosterHooks, RosterModule } from '../roster/index.js';
import { AppointmentNotices } from './appointment-notices.js';
import { ChannelRegistry } from './channels/channel-registry.js';
import { OutboundPolicy } from './channels/outbound-policy.js';
import { DeliveryWorker, NOTIFY_LOGGER } from './delivery.worker.js';
import { ConfirmationPlanner } from './confirmation-planner.js';
import { DigestPlanner } from './digest-planner.js';
import { JobQueue, PLAN_QUEUE } from './job-queue.js';
import { NotificationDelivery } from './notification-delivery.entity.js';
import { NotificationStore } from './notification-store.js';
import { Notification } from './notification.entity.js';
import { MyNotificationsController } from './my-notifications.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import type { NotifyConfig } from './notify.config.js';
import { NotifyExtensions } from './notify-extensions.js';
import { NotifySettings } from './notify-settings.entity.js';
import { NotifySettingsService } from './notify-settings.service.js';
import { PlanContextLoader } from './plan-context.js';
import { RequestNotices } from './request-notices.js';
import { RosterPlanner } from './roster-planner.js';
import { CHINA_ZONE } from '../common/clock.js';

const NOTIFY_DATABASE_URL = Symbol('NOTIFY_DATABASE_URL');

export interface NotifyModuleOptions {
  databaseUrl: string;
  logger: Logger;
}

/**
 * Reminders: planned as rows from published rosters, appointments and cases, executed
 * on pg-boss in the same PostgreSQL by every replica whose NOTIFY_WORKER is on.
 */
@Module({})
export class NotifyModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly hooks: RosterHooks,
    private readonly planner: RosterPlanner,
    private readonly worker: DeliveryWorker,
    private readonly digests: DigestPlanner,
    @InjectConfig() private readonly config: NotifyConfig,
    @Inject(NOTIFY_DATABASE_URL) private readonly databaseUrl: string,
    @Inject(NOTIFY_LOGGER) private readonly logger: Logger,
  ) {}

  static forRoot({ databaseUrl, logger }: NotifyModuleOptions): DynamicModule {
    return {
      module: NotifyModule,
      // One queue per process, and its planning API serves every module (appointments, cases):
      // global, so they need not re-import a forRoot() that would start a second queue.
      global: true,
      imports: [
        TypeOrmModule.forFeature([Notification, NotificationDelivery, NotifySettings]),
        OrgModule,
        CalendarModule,
        RosterModule,
      ],
      controllers: [NotificationsController, MyNotificationsController],
      providers: [
        { provide: NOTIFY_DATABASE_URL, useValue: databaseUrl },
        { provide: NOTIFY_LOGGER, useValue: logger.child({ module: 'notify' }) },
        {
          provide: OutboundPolicy,
          inject: [APP_CONFIG],
          useFactory: (config: NotifyConfig) => new OutboundPolicy(config.NOTIFY_ALLOWED_HOSTS),
        },
        JobQueue,
        ChannelRegistry,
        NotifySettingsService,
        NotificationStore,
        PlanContextLoader,
        RosterPlanner,
        DeliveryWorker,
        DigestPlanner,
        ConfirmationPlanner,
        NotificationsService,
        NotifyExtensions,
        AppointmentNotices,
        RequestNotices,
      ],
      // JobQueue: the one pg-boss of the process, which roster solve jobs run on too.
      exports: [
        NotificationsService,
        NotifyExtensions,
        AppointmentNotices,
        RequestNotices,
        JobQueue,
      ],
    };
  }

  /** The queue must be up before the first request can publish a roster. */
  async onModuleInit(): Promise<void> {
    await this.jobs.start(this.databaseUrl, this.config, this.logger);
    this.hooks.register(this.planner);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.NOTIFY_WORKER) return;
    const boss = this.jobs.instance;
    await this.worker.start(boss);
    // A pg-boss schedule fires once per tick across all replicas.
    await boss.schedule(PLAN_QUEUE, '*/5 * * * *', {}, { tz: CHINA_ZONE });
    await boss.work(PLAN_QUEUE, { batchSize: 1 }, async () => {
      await this.digests.tick();
    });
  }
}
