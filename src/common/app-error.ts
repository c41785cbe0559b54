import {
  ERROR_CATALOGUE,
  type ErrorCode,
  type ErrorStatus,
  type MessageParams,
} from './error-catalogue.js';

export type { ErrorCode } from './error-catalogue.js';

export interface AppErrorOptions {
  /** The offending input, when there is one. */
  field?: string;
  headers?: Record<string, string>;
  /** Extra body fields, e.g. the findings that stop a publication. */
  details?: Record<string, unknown>;
}

/**
 * After the code: the message's parameters when the catalogue's message takes some, else an
 * optional message more precise than the catalogue's.
 */
export type AppErrorArgs<C extends ErrorCode> = [MessageParams<C>] extends [never]
  ? [message?: string, options?: AppErrorOptions]
  : [params: MessageParams<C>, options?: AppErrorOptions];

function messageOf(code: ErrorCode, given: unknown): string {
  if (typeof given === 'string') return given;
  const message = ERROR_CATALOGUE[code].message as string | ((params: unknown) => string);
  return typeof message === 'function' ? message(given) : message;
}

/**
 * A fault the client can act on. `code` is one of the catalogue (src/common/error-catalogue.ts),
 * which gives the HTTP status; `message` is for people (zh-CN), `field` names the offending input.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  readonly field?: string;
  readonly headers: Record<string, string>;
  readonly details: Record<string, unknown>;

  constructor(code: C, ...[given, options = {}]: AppErrorArgs<C>) {
    super(messageOf(code, given));
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.field = options.field;
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError('VALIDATION_FAILED', message, { field });

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what}不存在：${id}`);

export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);

export const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, { field });

/** The record changed since the client read it (optimistic locking on `version`). */
export const versionConflict = () =>
  new AppError('VERSION_CONFLICT', undefined, { field: 'version' });
