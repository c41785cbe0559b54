import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { NotificationsService } from './notifications.service.js';

/** A leader's own reminders (我的提醒); the outbox of the whole unit stays with the office. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles('leader')
  @Get()
  mine(@CurrentUser() user: AuthUser) {
    return this.notifications.mine(user);
  }
}
