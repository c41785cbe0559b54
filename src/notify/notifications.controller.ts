import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
import { NotificationsService } from './notifications.service.js';
import { NotifySettingsService } from './notify-settings.service.js';
import {
  listNotificationsSchema,
  type ListNotifications,
  updateNotifySettingsSchema,
  type UpdateNotifySettings,
} from './notify.schemas.js';
import { notificationDetailResponse, notificationPageResponse } from './notify.responses.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly settings: NotifySettingsService,
  ) {}

  /** What goes out, went out or failed (with the last error); the outbox of demo mode. */
  @Roles('admin', 'office', 'petition')
  @Get('notifications')
  @ApiZodResponse(notificationPageResponse)
  list(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(listNotificationsSchema)) q: ListNotifications,
  ) {
    return this.notifications.list(user, q);
  }

  @Roles('admin', 'office', 'petition')
  @Get('notifications/:id')
  @ApiZodResponse(notificationDetailResponse)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.notifications.get(user, id);
  }

  @Roles('admin', 'office')
  @Post('notifications/:id/retry')
  @HttpCode(200)
  @ApiZodResponse(notificationDetailResponse)
  retry(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.notifications.retry(user, id);
  }

  @Roles('admin', 'office')
  @Get('units/:unitId/notify-settings')
  getSettings(@CurrentUser() user: AuthUser, @Param('unitId', UuidPipe) unitId: string) {
    return this.settings.get(user, unitId);
  }

  @Roles('admin')
  @Put('units/:unitId/notify-settings')
  @ApiZodBody(updateNotifySettingsSchema)
  putSettings(
    @CurrentUser() user: AuthUser,
    @Param('unitId', UuidPipe) unitId: string,
    @Body(new ZodPipe(updateNotifySettingsSchema)) body: UpdateNotifySettings,
  ) {
    return this.settings.update(user, unitId, body);
  }
}
