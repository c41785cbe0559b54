import { z } from 'zod';
import { CHANNEL_KINDS, NOTIFICATION_RULES, NOTIFICATION_STATUSES } from './notify.types.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '格式应为 HH:mm');
const httpUrl = z.url({ protocol: /^https?$/ });

const robot = z.strictObject({ url: httpUrl, secret: z.string().min(1).max(200).optional() });

export const updateNotifySettingsSchema = z.strictObject({
  channels: z
    .strictObject({
      email: z
        .strictObject({
          host: z.string().min(1).max(200),
          port: z.number().int().min(1).max(65535),
          secure: z.boolean(),
          user: z.string().max(200).optional(),
          password: z.string().max(200).optional(),
          from: z.string().min(3).max(200),
        })
        .optional(),
      wecom: robot.optional(),
      dingtalk: robot.optional(),
      webhook: robot.optional(),
      sms: z
        .strictObject({
          url: httpUrl,
          template: z.string().min(1).max(500),
          token: z.string().max(500).optional(),
        })
        .optional(),
    })
    .optional(),
  preference: z.array(z.enum(CHANNEL_KINDS)).max(6).optional(),
  recipientChannels: z.record(z.string().max(100), z.enum(CHANNEL_KINDS)).optional(),
  rules: z
    .strictObject({
      dayBeforeAt: hhmm.nullable().optional(),
      sameMorningAt: hhmm.nullable().optional(),
      digestAt: hhmm.nullable().optional(),
      notifyPetitionOnPublish: z.boolean().optional(),
      notifySecretary: z.boolean().optional(),
      caseClockDaysBefore: z.number().int().min(1).max(60).optional(),
    })
    .optional(),
  quietHours: z.strictObject({ start: hhmm, end: hhmm }).nullable().optional(),
  petitionRecipients: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(50),
        email: z.email().optional(),
        phone: z
          .string()
          .regex(/^\+?\d{5,20}$/)
          .optional(),
        wecomUserId: z.string().max(100).optional(),
        dingtalkUserId: z.string().max(100).optional(),
      }),
    )
    .max(50)
    .optional(),
});
export type UpdateNotifySettings = z.infer<typeof updateNotifySettingsSchema>;

const isoDate = z.iso.date();

export const listNotificationsSchema = z.strictObject({
  unitId: z.uuid().optional(),
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  channel: z.enum(CHANNEL_KINDS).optional(),
  rule: z.enum(NOTIFICATION_RULES).optional(),
  recipient: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListNotifications = z.infer<typeof listNotificationsSchema>;
