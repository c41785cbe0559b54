import type { ChannelSender, OutgoingMessage, SendContext } from './channel.js';
import { settingsFor } from './channel.js';
import { postJson } from './http.js';
import { dingtalkSign } from './signing.js';

const text = (m: OutgoingMessage) => `【${m.subject}】\n${m.body}`;

/** WeCom (企业微信) group robot: text message, @-mentions the recipient when their id is known. */
export class WecomChannel implements ChannelSender {
  readonly kind = 'wecom' as const;

  async send(m: OutgoingMessage, ctx: SendContext): Promise<void> {
    const cfg = settingsFor(ctx, 'wecom');
    const body = JSON.stringify({
      msgtype: 'text',
      text: {
        content: text(m),
        mentioned_list: m.recipient.wecomUserId ? [m.recipient.wecomUserId] : [],
      },
    });
    await postJson(
      cfg.url,
      body,
      { 'Idempotency-Key': m.idempotencyKey },
      ctx.timeoutMs,
      ctx.outbound,
      true,
    );
  }
}

/** DingTalk (钉钉) robot with the signed-URL security setting. */
export class DingtalkChannel implements ChannelSender {
  readonly kind = 'dingtalk' as const;

  async send(m: OutgoingMessage, ctx: SendContext): Promise<void> {
    const cfg = settingsFor(ctx, 'dingtalk');
    const url = new URL(cfg.url);
    if (cfg.secret) {
      // DingTalk rejects timestamps more than an hour off its own clock: use the real one.
      const timestamp = Date.now();
      url.searchParams.set('timestamp', String(timestamp));
      url.searchParams.set('sign', dingtalkSign(timestamp, cfg.secret));
    }
    const body = JSON.stringify({
      msgtype: 'text',
      text: { content: text(m) },
      at: { atUserIds: m.recipient.dingtalkUserId ? [m.recipient.dingtalkUserId] : [] },
    });
    await postJson(
      url.toString(),
      body,
      { 'Idempotency-Key': m.idempotencyKey },
      ctx.timeoutMs,
      ctx.outbound,
      true,
    );
  }
}
