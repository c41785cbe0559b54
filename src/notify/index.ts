/**
 * notify: reminders and notices, planned per rule and delivered through the channels. Others plan
 * their messages through the notice classes and NotifyExtensions, and queue background work on
 * the shared JobQueue.
 */
export { AppointmentNotices } from './appointment-notices.js';
export type { AppointmentState } from './invitation-changes.js';
export { INSTANCE, JobQueue, txDb } from './job-queue.js';
export { NotificationDelivery } from './notification-delivery.entity.js';
export { Notification } from './notification.entity.js';
export { NotificationsService } from './notifications.service.js';
export { NotifyExtensions, type SessionCases } from './notify-extensions.js';
export { NotifySettings } from './notify-settings.entity.js';
export { NotifyModule } from './notify.module.js';
export { RequestNotices } from './request-notices.js';
export { chineseDate } from './times.js';
export { notificationResponse } from './notify.responses.js';
