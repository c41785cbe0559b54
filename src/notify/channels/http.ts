import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { PermanentChannelError } from './channel.js';
import type { OutboundPolicy } from './outbound-policy.js';

/** Enough of an answer to explain a failure; the rest is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  policy: OutboundPolicy,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
        // Every address the name resolves to is checked as the connection is made.
        lookup: policy.lookup,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs JSON; a non-2xx answer (or a robot's errcode ≠ 0) is an error with the status in it. */
export async function postJson(
  target: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  policy: OutboundPolicy,
  robotErrcode = false,
): Promise<void> {
  const url = new URL(target);
  const refused = policy.refusalOf(url);
  if (refused) throw new PermanentChannelError(refused);
  const { status, text } = await post(url, body, headers, timeoutMs, policy);
  if (status < 200 || status > 299) throw new Error(`HTTP ${status}: ${text.slice(0, 200)}`);
  if (robotErrcode) {
    let code: unknown;
    try {
      code = (JSON.parse(text) as { errcode?: unknown }).errcode;
    } catch {
      throw new Error(`robot answered non-JSON: ${text.slice(0, 200)}`);
    }
    if (code !== 0) throw new Error(`robot errcode ${String(code)}: ${text.slice(0, 200)}`);
  }
}
