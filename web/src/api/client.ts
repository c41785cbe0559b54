import { clearSession, loadSession, saveSession } from './session.js';

/** An error answer of the service: {statusCode, code, message, field?, ...details}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let token: string | null = loadSession()?.token ?? null;
let onExpired: () => void = () => undefined;

export function setToken(value: string, expiresAt: string): void {
  token = value;
  saveSession({ token: value, expiresAt });
}

export function hasToken(): boolean {
  return token !== null;
}

export function forgetToken(): void {
  token = null;
  clearSession();
}

/** Called when the service no longer accepts the token (expired, user deactivated). */
export function whenExpired(handler: () => void): void {
  onExpired = handler;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** A multipart upload; the browser sets its Content-Type with the boundary. */
  form?: FormData;
  signal?: AbortSignal;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (res.ok) return res;
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // not JSON (a proxy's error page)
  }
  if (res.status === 401 && token) {
    forgetToken();
    onExpired();
  }
  const said =
    typeof body.message === 'string' ? body.message : `请求失败（${res.status}），请稍后重试`;
  const message = withRetryTime(said, res.status, res.headers.get('Retry-After'));
  throw new ApiError(
    res.status,
    typeof body.code === 'string' ? body.code : 'HTTP_' + res.status,
    message,
    typeof body.field === 'string' ? body.field : undefined,
    body,
  );
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/**
 * Follows a Server-Sent Events stream (fetch, so the login token goes along; EventSource cannot
 * send it). Resolves when the stream ends; rejects when it cannot be read (the caller polls).
 */
export async function apiEvents(
  path: string,
  onEvent: (event: string, data: unknown) => void,
  signal?: AbortSignal,
): Promise<void> {
  const res = await send(path, { signal });
  if (!res.body || !(res.headers.get('Content-Type') ?? '').startsWith('text/event-stream')) {
    throw new ApiError(0, 'NO_STREAM', '无法接收进度推送');
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data !== undefined) onEvent(event, JSON.parse(data));
    }
  }
}

export async function apiText(path: string): Promise<string> {
  return (await send(path, {})).text();
}

/** Downloads a file that needs the login token (a plain link would carry none). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await send(path, {});
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.name === 'AbortError') return '已取消';
  return '出现意外错误，请刷新页面后重试';
}

/**
 * An error about a form field, with the field's label in place of its API name:
 * "firstDayLeaderId：本单位没有这位领导" → "首日坐班领导：本单位没有这位领导".
 */
export function fieldErrorText(err: unknown, labels: Record<string, string>): string {
  if (!(err instanceof ApiError) || !err.field) return errorText(err);
  const label = labels[err.field.split(/[.[]/)[0]];
  if (!label) return err.message;
  const prefix = `${err.field}：`;
  return `${label}：${err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message}`;
}

/**
 * "请稍后再试" says nothing a clerk can act on: with the service's Retry-After (seconds or an
 * HTTP date), a 429 or 503 says when to try again instead.
 */
export function withRetryTime(
  message: string,
  status: number,
  retryAfter: string | null,
  now = Date.now(),
): string {
  if ((status !== 429 && status !== 503) || !retryAfter) return message;
  const seconds = /^\d+$/.test(retryAfter.trim())
    ? Number(retryAfter.trim())
    : Math.ceil((Date.parse(retryAfter) - now) / 1000);
  if (!Number.isFinite(seconds) || seconds <= 0) return message;
  const at = new Date(now + seconds * 1000 + 8 * 3600_000).toISOString().slice(11, 16);
  const wait =
    seconds < 60
      ? `${seconds} 秒`
      : seconds < 3600
        ? `${Math.ceil(seconds / 60)} 分钟`
        : `${Math.floor(seconds / 3600)} 小时 ${Math.ceil((seconds % 3600) / 60)} 分钟`;
  const base = message.replace(/[，,]?\s*请稍后(再试|重试)[。.]?$/, '');
  return `${base}，请在 ${wait}后（北京时间 ${at} 以后）再试`;
}
