import { z } from 'zod';
import { isoDate, queryInt } from '../common/bounds.js';
import { text } from '../common/text.js';
import { CHANNEL_KINDS, NOTIFICATION_RULES, NOTIFICATION_STATUSES } from './notify.types.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '格式应为 HH:mm');
const httpUrl = text({ max: 2000 }).pipe(z.url({ protocol: /^https?$/ }));
const secret = (max: number) => text({ max, trim: false });
const messengerId = text({ max: 100, identifier: true });

const robot = z.strictObject({
  url: httpUrl,
  secret: secret(200).pipe(z.string().min(1)).optional(),
});

export const updateNotifySettingsSchema = z.strictObject({
  channels: z
    .strictObject({
      email: z
        .strictObject({
          host: text({ min: 1, max: 200 }),
          port: z.number().int().min(1).max(65535),
          secure: z.boolean(),
          user: text({ max: 200 }).optional(),
          password: secret(200).optional(),
          from: text({ min: 3, max: 200 }),
        })
        .optional(),
      wecom: robot.optional(),
      dingtalk: robot.optional(),
      webhook: robot.optional(),
      sms: z
        .strictObject({
          url: httpUrl,
          template: text({ min: 1, max: 500, multiline: true }),
          token: secret(500).optional(),
        })
        .optional(),
    })
    .optional(),
  preference: z.array(z.enum(CHANNEL_KINDS)).max(6).optional(),
  recipientChannels: z.record(text({ max: 100 }), z.enum(CHANNEL_KINDS)).optional(),
  rules: z
    .strictObject({
      dayBeforeAt: hhmm.nullable().optional(),
      sameMorningAt: hhmm.nullable().optional(),
      digestAt: hhmm.nullable().optional(),
      notifyPetitionOnPublish: z.boolean().optional(),
      notifySecretary: z.boolean().optional(),
      caseClockDaysBefore: z.number().int().min(1).max(60).optional(),
      confirmAgainAt: hhmm.nullable().optional(),
    })
    .optional(),
  quietHours: z.strictObject({ start: hhmm, end: hhmm }).nullable().optional(),
  petitionRecipients: z
    .array(
      z.strictObject({
        name: text({ min: 1, max: 50 }),
        email: text({ max: 200 }).pipe(z.email()).optional(),
        phone: z
          .string()
          .regex(/^\+?\d{5,20}$/)
          .optional(),
        wecomUserId: messengerId.optional(),
        dingtalkUserId: messengerId.optional(),
      }),
    )
    .max(50)
    .optional(),
});
export type UpdateNotifySettings = z.infer<typeof updateNotifySettingsSchema>;

export const listNotificationsSchema = z.strictObject({
  unitId: z.uuid().optional(),
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  channel: z.enum(CHANNEL_KINDS).optional(),
  rule: z.enum(NOTIFICATION_RULES).optional(),
  recipient: text({ max: 100 }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: queryInt(1, 500).default(100),
  offset: queryInt(0).default(0),
});
export type ListNotifications = z.infer<typeof listNotificationsSchema>;
