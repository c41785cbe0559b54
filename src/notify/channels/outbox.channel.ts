import type { ChannelSender } from './channel.js';

/**
 * Demo mode: nothing leaves the service; the sent row itself is the message, listed at
 * GET /api/v1/notifications?channel=outbox.
 */
export class OutboxChannel implements ChannelSender {
  readonly kind = 'outbox' as const;

  async send(): Promise<void> {}
}
