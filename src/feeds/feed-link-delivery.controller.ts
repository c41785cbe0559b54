import { Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { UuidPipe } from '../common/zod-validation.js';
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
  @Roles('office', 'admin')
  @Post()
  @ApiZodResponse(notificationResponse, 201)
  send(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.delivery.send(user, id);
  }
}
