import type { ChannelKind, ChannelSettings, RecipientAddress } from '../notify.types.js';
import type { OutboundPolicy } from './outbound-policy.js';

/** One message as a channel sends it. */
export interface OutgoingMessage {
  notificationId: string;
  /** Same on every attempt of one notification revision: downstream de-duplication key. */
  idempotencyKey: string;
  unitId: string;
  unitName: string;
  rule: string;
  subject: string;
  body: string;
  recipient: RecipientAddress;
  dueAt: Date;
  /** iCalendar text of the duty, when the message is about one. */
  ics: string | null;
}

export interface SendContext {
  settings: ChannelSettings;
  timeoutMs: number;
  instance: string;
  /** Which hosts HTTP channels may call. */
  outbound: OutboundPolicy;
}

/** A way to reach people. Throws on failure (the worker retries); resolves when accepted. */
export interface ChannelSender {
  readonly kind: ChannelKind;
  send(message: OutgoingMessage, ctx: SendContext): Promise<void>;
}

/**
 * A failure that no retry can cure (no settings, no address, a refused destination): the
 * notification goes dead at once instead of spending its attempts.
 */
export class PermanentChannelError extends Error {}

export class ChannelNotConfiguredError extends PermanentChannelError {
  constructor(kind: ChannelKind) {
    super(`渠道未配置：${kind}`);
  }
}

/** The unit's settings of a channel; without them the message can never go this way. */
export function settingsFor<K extends keyof ChannelSettings>(
  ctx: SendContext,
  kind: K,
): NonNullable<ChannelSettings[K]> {
  const settings = ctx.settings[kind];
  if (!settings) throw new ChannelNotConfiguredError(kind);
  return settings;
}
