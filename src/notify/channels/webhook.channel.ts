import type { ChannelSender, OutgoingMessage, SendContext } from './channel.js';
import { settingsFor } from './channel.js';
import { postJson } from './http.js';
import { webhookSign } from './signing.js';

/**
 * Generic webhook: JSON body, `Idempotency-Key` (the receiver drops repeats), and
 * `X-Roster-Signature: sha256=<hex HMAC of "<timestamp>.<body>">` with `X-Roster-Timestamp`.
 */
export class WebhookChannel implements ChannelSender {
  readonly kind = 'webhook' as const;

  async send(m: OutgoingMessage, ctx: SendContext): Promise<void> {
    const cfg = settingsFor(ctx, 'webhook');
    const body = JSON.stringify({
      id: m.notificationId,
      idempotencyKey: m.idempotencyKey,
      unitId: m.unitId,
      rule: m.rule,
      dueAt: m.dueAt.toISOString(),
      recipient: { key: m.recipient.key, name: m.recipient.name },
      subject: m.subject,
      text: m.body,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'Idempotency-Key': m.idempotencyKey,
      'X-Roster-Timestamp': String(timestamp),
      'X-Roster-Instance': ctx.instance,
    };
    if (cfg.secret)
      headers['X-Roster-Signature'] = `sha256=${webhookSign(timestamp, body, cfg.secret)}`;
    await postJson(cfg.url, body, headers, ctx.timeoutMs, ctx.outbound);
  }
}
