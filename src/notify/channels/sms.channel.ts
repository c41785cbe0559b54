import type { ChannelSender, OutgoingMessage, SendContext } from './channel.js';
import { PermanentChannelError, settingsFor } from './channel.js';
import { postJson } from './http.js';

export function renderSmsTemplate(template: string, m: OutgoingMessage): string {
  const values: Record<string, string> = { unit: m.unitName, subject: m.subject, text: m.body };
  return template.replace(/\{(unit|subject|text)\}/g, (_, k: string) => values[k]);
}

/** SMS through the unit's HTTP gateway: {to, content, idempotencyKey} with a bearer token. */
export class SmsChannel implements ChannelSender {
  readonly kind = 'sms' as const;

  async send(m: OutgoingMessage, ctx: SendContext): Promise<void> {
    const cfg = settingsFor(ctx, 'sms');
    if (!m.recipient.phone) throw new PermanentChannelError('收件人没有手机号码');
    const body = JSON.stringify({
      to: m.recipient.phone,
      content: renderSmsTemplate(cfg.template, m),
      idempotencyKey: m.idempotencyKey,
    });
    const headers: Record<string, string> = { 'Idempotency-Key': m.idempotencyKey };
    if (cfg.token) headers.Authorization = `Bearer ${cfg.token}`;
    await postJson(cfg.url, body, headers, ctx.timeoutMs, ctx.outbound);
  }
}
