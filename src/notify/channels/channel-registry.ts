import { Injectable } from '@nestjs/common';
import type { ChannelKind } from '../notify.types.js';
import type { ChannelSender } from './channel.js';
import { EmailChannel } from './email.channel.js';
import { OutboxChannel } from './outbox.channel.js';
import { DingtalkChannel, WecomChannel } from './robots.channel.js';
import { SmsChannel } from './sms.channel.js';
import { WebhookChannel } from './webhook.channel.js';

/** Every channel behind the one interface. */
@Injectable()
export class ChannelRegistry {
  private readonly senders = new Map<ChannelKind, ChannelSender>(
    [
      new EmailChannel(),
      new WecomChannel(),
      new DingtalkChannel(),
      new WebhookChannel(),
      new SmsChannel(),
      new OutboxChannel(),
    ].map((s) => [s.kind, s]),
  );

  get(kind: ChannelKind): ChannelSender {
    const sender = this.senders.get(kind);
    if (!sender) throw new Error(`unknown channel ${kind}`);
    return sender;
  }
}
