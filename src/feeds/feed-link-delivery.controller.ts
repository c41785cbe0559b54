import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Endpoint } from '../auth/index.js';
import { IdParam } from '../common/route-params.js';
import { FeedLinkDelivery } from './feed-link-delivery.js';
import { notificationResponse } from '../notify/index.js';

@ApiTags('feeds')
@ApiBearerAuth()
@Controller('leaders/:id/feed/send')
export class FeedLinkDeliveryController {
  constructor(private readonly delivery: FeedLinkDelivery) {}

  /**
   * Sends the leader their own calendar link on their own channel; the link is made at delivery
   * and never shown to the caller (the answer is the planned message, with a placeholder).
   */
  @Endpoint.post('', { roles: ['office', 'admin'], response: notificationResponse })
  send(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.delivery.send(user, id);
  }
}
