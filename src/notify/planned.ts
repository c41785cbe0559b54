import type { NotificationRef } from './notification.entity.js';
import type { ChannelKind, NotificationRule, RecipientAddress } from './notify.types.js';

/** A notification as planning produces it, before it becomes a row. */
export interface PlannedNotification {
  unitId: string;
  source: string;
  rule: NotificationRule;
  recipient: RecipientAddress;
  channel: ChannelKind;
  rosterId: string | null;
  /** The appointment a department's invitation or withdrawal notice is about. */
  appointmentId?: string | null;
  dueAt: Date;
  subject: string;
  body: string;
  ref: NotificationRef;
}
