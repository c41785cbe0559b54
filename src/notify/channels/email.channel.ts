import nodemailer from 'nodemailer';
import type { ChannelSender, OutgoingMessage, SendContext } from './channel.js';
import { PermanentChannelError, settingsFor } from './channel.js';

/** Email over SMTP; the duty rides along as an .ics; Message-ID is the idempotency key. */
export class EmailChannel implements ChannelSender {
  readonly kind = 'email' as const;

  async send(m: OutgoingMessage, ctx: SendContext): Promise<void> {
    const smtp = settingsFor(ctx, 'email');
    if (!m.recipient.email) throw new PermanentChannelError('收件人没有邮箱地址');
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      connectionTimeout: ctx.timeoutMs,
      greetingTimeout: ctx.timeoutMs,
      socketTimeout: ctx.timeoutMs,
    });
    try {
      await transport.sendMail({
        from: smtp.from,
        to: { name: m.recipient.name, address: m.recipient.email },
        subject: m.subject,
        text: m.body,
        messageId: `<${m.idempotencyKey}@reception-roster>`,
        headers: { 'X-Idempotency-Key': m.idempotencyKey },
        attachments: m.ics
          ? [
              {
                filename: 'duty.ics',
                content: m.ics,
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              },
            ]
          : [],
      });
    } finally {
      transport.close();
    }
  }
}
