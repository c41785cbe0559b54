import { createHmac } from 'node:crypto';

/** DingTalk robot signature: Base64(HMAC-SHA256(key = secret, `${timestamp}\n${secret}`)). */
export function dingtalkSign(timestamp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

/** Generic webhook signature: hex HMAC-SHA256 of `${timestamp}.${rawBody}`. */
export function webhookSign(timestamp: number, rawBody: string, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}
