import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Endpoint, OFFICE } from '../auth/index.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
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
  @Endpoint.get('notifications', {
    roles: ['admin', 'office', 'petition'],
    response: notificationPageResponse,
  })
  list(@CurrentUser() user: AuthUser, @ZodQuery(listNotificationsSchema) q: ListNotifications) {
    return this.notifications.list(user, q);
  }

  @Endpoint.get('notifications/:id', {
    roles: ['admin', 'office', 'petition'],
    response: notificationDetailResponse,
  })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.notifications.get(user, id);
  }

  @Endpoint.action('notifications/:id/retry', {
    roles: OFFICE,
    response: notificationDetailResponse,
  })
  retry(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.notifications.retry(user, id);
  }

  @Endpoint.get('units/:unitId/notify-settings', { roles: OFFICE })
  getSettings(@CurrentUser() user: AuthUser, @IdParam('unitId') unitId: string) {
    return this.settings.get(user, unitId);
  }

  @Endpoint.put('units/:unitId/notify-settings', { roles: ['admin'] })
  putSettings(
    @CurrentUser() user: AuthUser,
    @IdParam('unitId') unitId: string,
    @ZodBody(updateNotifySettingsSchema) body: UpdateNotifySettings,
  ) {
    return this.settings.update(user, unitId, body);
  }
}
