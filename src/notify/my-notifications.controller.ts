import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Endpoint } from '../auth/index.js';
import { NotificationsService } from './notifications.service.js';
import { z } from 'zod';
import { myNotificationResponse } from './notify.responses.js';

/** A leader's own reminders (我的提醒); the outbox of the whole unit stays with the office. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Endpoint.get('', { roles: ['leader'], response: z.array(myNotificationResponse) })
  mine(@CurrentUser() user: AuthUser) {
    return this.notifications.mine(user);
  }
}
