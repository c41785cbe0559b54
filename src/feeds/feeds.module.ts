import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/index.js';
import { OrgModule } from '../org/index.js';
import { RosterHooks, RosterModule } from '../roster/index.js';
import { FeedAppointmentsRegistry } from './feed-appointments.js';
import { FeedBuilderService } from './feed-builder.service.js';
import { FeedEndpoint } from './feed-endpoint.js';
import { FeedLinkDelivery } from './feed-link-delivery.js';
import { FeedLinkDeliveryController } from './feed-link-delivery.controller.js';
import { FeedRevision } from './feed-revision.entity.js';
import { FeedRevisionsService } from './feed-revisions.service.js';
import { FeedSubscriptionsController } from './feed-subscriptions.controller.js';
import { FeedToken } from './feed-token.entity.js';
import { FeedTokensService } from './feed-tokens.service.js';
import { FeedValidator } from './feed-validator.entity.js';
import { FeedsService } from './feeds.service.js';

/** iCalendar feeds of published rosters (per leader, unit, department) and their links. */
@Module({
  imports: [
    TypeOrmModule.forFeature([FeedToken, FeedRevision, FeedValidator]),
    AuthModule,
    OrgModule,
    RosterModule,
  ],
  // NotifyModule is global: FeedLinkDelivery plans through it.
  controllers: [FeedSubscriptionsController, FeedLinkDeliveryController],
  providers: [
    FeedsService,
    FeedTokensService,
    FeedRevisionsService,
    FeedBuilderService,
    FeedAppointmentsRegistry,
    FeedEndpoint,
    FeedLinkDelivery,
  ],
  exports: [FeedsService, FeedAppointmentsRegistry, FeedEndpoint],
})
export class FeedsModule implements OnModuleInit {
  constructor(
    private readonly hooks: RosterHooks,
    private readonly revisions: FeedRevisionsService,
  ) {}

  /** A publication changes the unit's feeds: bump the revision in the publish transaction. */
  onModuleInit(): void {
    this.hooks.register({ onPublished: (tx, event) => this.revisions.touch(tx, event.unitId) });
  }
}
