export const CHANNEL_KINDS = ['email', 'wecom', 'dingtalk', 'webhook', 'sms', 'outbox'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const NOTIFICATION_STATUSES = [
  'planned',
  'sending',
  'retrying',
  'sent',
  'dead',
  'cancelled',
] as const;
/**
 * planned: waiting for its due time; sending: a worker holds it; retrying: an attempt failed and
 * another is queued; sent; dead: every attempt failed (last error kept); cancelled: no longer needed.
 */
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_RULES = [
  'duty_day_before',
  'duty_same_morning',
  'duty_change',
  'roster_published',
  'petition_digest',
  'department_invitation',
  'department_day_before',
  /** An invitation already sent no longer holds: the appointment moved, was withdrawn or closed. */
  'department_withdrawal',
  'case_clock',
  /** A leader's calendar link, sent on the office's request (the link is made at delivery). */
  'feed_link',
  /** A leave or swap request changed state: its parties and 两办 hear of it. */
  'roster_request',
  /** A duty still unconfirmed at the configured hour: the leader and secretary are asked again. */
  'duty_confirm_again',
  /** 两办's daily digest: pending requests and duties not yet confirmed. */
  'office_digest',
] as const;
export type NotificationRule = (typeof NOTIFICATION_RULES)[number];

/** Where one recipient can be reached; channels pick what they need. */
export interface RecipientAddress {
  /** Stable key, part of the notification's unique key: leader:<id>, secretary:<leaderId>, petition:<n>, department:<id>. */
  key: string;
  name: string;
  email?: string;
  phone?: string;
  wecomUserId?: string;
  dingtalkUserId?: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}
export interface RobotSettings {
  url: string;
  /** DingTalk signing secret (SEC...) or the generic webhook's HMAC key. */
  secret?: string;
}
export interface SmsSettings {
  url: string;
  /** Placeholders: {unit} {subject} {text}. */
  template: string;
  token?: string;
}

export interface ChannelSettings {
  email?: SmtpSettings;
  wecom?: RobotSettings;
  dingtalk?: RobotSettings;
  webhook?: RobotSettings;
  sms?: SmsSettings;
}

export interface RuleSettings {
  /** HH:mm on the day before (or the last working day before a non-working duty day). */
  dayBeforeAt: string | null;
  /** HH:mm on the duty day. */
  sameMorningAt: string | null;
  /** HH:mm each working day; null disables the petition bureau digest. */
  digestAt: string | null;
  notifyPetitionOnPublish: boolean;
  notifySecretary: boolean;
  /** Case clocks: remind this many days before the handling deadline. */
  caseClockDaysBefore: number;
  /**
   * HH:mm on the day-before reminder's day: a duty still unconfirmed then is asked again (its
   * leader and secretary); null disables the second reminder.
   */
  confirmAgainAt: string | null;
}

export interface QuietHours {
  start: string;
  end: string;
}

/** A unit's notification settings as the services use them (defaults filled in). */
export interface NotifySettingsView {
  unitId: string;
  channels: ChannelSettings;
  /** First configured and usable channel wins for a recipient, unless the recipient has an override. */
  preference: ChannelKind[];
  recipientChannels: Record<string, ChannelKind>;
  rules: RuleSettings;
  quietHours: QuietHours | null;
  petitionRecipients: Array<Omit<RecipientAddress, 'key'>>;
}

export const DEFAULT_RULES: RuleSettings = {
  dayBeforeAt: '16:00',
  sameMorningAt: '07:30',
  digestAt: '08:00',
  notifyPetitionOnPublish: true,
  notifySecretary: true,
  caseClockDaysBefore: 7,
  confirmAgainAt: '19:00',
};

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '22:00', end: '07:00' };

export const DEFAULT_PREFERENCE: ChannelKind[] = ['wecom', 'dingtalk', 'email', 'sms', 'webhook'];

/** Who gets the petition bureau's digest when the unit has named nobody: the bureau's outbox. */
export const DEFAULT_PETITION_RECIPIENT = { name: '信访局值班室' };

/** Who hears of leave and swap requests and gets 两办's digest: the general offices' outbox. */
export const OFFICE_RECIPIENT: RecipientAddress = { key: 'office:1', name: '两办值班室' };
