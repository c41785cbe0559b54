import { z } from 'zod';
import { apiModel, pageOf } from '../common/api-responses.js';
import { CHANNEL_KINDS, NOTIFICATION_RULES, NOTIFICATION_STATUSES } from './notify.types.js';

const message = {
  id: z.string(),
  rule: z.enum(NOTIFICATION_RULES),
  recipientName: z.string(),
  channel: z.enum(CHANNEL_KINDS),
  dueAt: z.string(),
  status: z.enum(NOTIFICATION_STATUSES),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string().nullable(),
};

/** A notification as the office lists it (the recipient by name, not their addresses). */
export const notificationResponse = apiModel(
  'NotificationView',
  z.object({
    ...message,
    unitId: z.string(),
    source: z.string(),
    recipientKey: z.string(),
    revision: z.number(),
    attempts: z.number(),
    lastError: z.string().nullable(),
    cancelReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);

export const notificationPageResponse = apiModel('NotificationPage', pageOf(notificationResponse));

export const notificationDetailResponse = apiModel(
  'NotificationDetail',
  z.intersection(
    notificationResponse,
    z.object({
      deliveries: z.array(
        z.object({
          id: z.string(),
          attempt: z.number(),
          channel: z.string(),
          status: z.string(),
          error: z.string().nullable(),
          startedAt: z.string(),
          finishedAt: z.string().nullable(),
        }),
      ),
    }),
  ),
);

/** A message to the signed-in leader or their secretary (GET /me/notifications). */
export const myNotificationResponse = apiModel('MyNotification', z.object(message));
