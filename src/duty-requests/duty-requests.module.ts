import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/index.js';
import { NotifyExtensions } from '../notify/index.js';
import { OrgModule } from '../org/index.js';
import { RosterModule } from '../roster/index.js';
import { DutyRequest } from './duty-request.entity.js';
import { DutyRequestsController } from './duty-requests.controller.js';
import { DutyRequestsService } from './duty-requests.service.js';

/** Leave and swap requests on published duties (the notify module is global). */
@Module({
  imports: [TypeOrmModule.forFeature([DutyRequest]), AuthModule, OrgModule, RosterModule],
  controllers: [DutyRequestsController],
  providers: [DutyRequestsService],
  exports: [DutyRequestsService],
})
export class DutyRequestsModule implements OnModuleInit {
  constructor(
    private readonly extensions: NotifyExtensions,
    private readonly requests: DutyRequestsService,
  ) {}

  /** The planning tick expires due requests and puts the open ones in 两办's digest. */
  onModuleInit(): void {
    this.extensions.registerPendingRequests(async (unitId) => {
      const open = await this.requests.pending(unitId);
      return open.map((r) => ({
        kind: r.kind,
        status: r.status,
        date: r.date,
        session: r.session,
        leaderName: r.leaderName ?? '',
        otherLeaderName: r.otherLeaderName,
        otherDate: r.otherDate,
        otherSession: r.otherSession,
      }));
    });
  }
}
