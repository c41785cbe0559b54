import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable, sqlStateOf } from './database-errors.js';
import { frameworkCode } from './error-catalogue.js';

interface ErrorBody {
  [extra: string]: unknown;
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  requestId?: string;
}

/** Errors raised by Express's body parser before a controller runs. */
function bodyParserError(err: unknown): AppError | undefined {
  const e = err as { type?: string; status?: number; limit?: number };
  switch (e?.type) {
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', `请求体过大（上限 ${e.limit} 字节）`);
    case 'entity.parse.failed':
      return new AppError('INVALID_JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case undefined:
    default:
      return undefined;
  }
}

/** The one place where every error becomes an HTTP answer: {statusCode, code, message, field?, requestId}. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    this.reply(exception, ctx.getRequest(), ctx.getResponse());
  }

  /** Also used by the routes served ahead of Nest (app.factory.ts). */
  reply(exception: unknown, req: Request, res: Response): void {
    const error = this.toAppError(exception, req);
    const body: ErrorBody = {
      statusCode: error.status,
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...error.details,
      requestId: req.id ? String(req.id) : undefined,
    };
    for (const [k, v] of Object.entries(error.headers)) res.setHeader(k, v);
    if (error.status === 503 && !res.hasHeader('Retry-After')) res.setHeader('Retry-After', '5');
    if (res.headersSent) return;
    res.status(error.status).json(body);
  }

  private toAppError(exception: unknown, req: Request): AppError {
    if (exception instanceof AppError) return exception;
    // Express's adapter wraps body-parser errors in HttpExceptions; the cause says which.
    const parserError =
      bodyParserError(exception) ??
      (exception instanceof HttpException ? bodyParserError(exception.cause) : undefined);
    if (parserError) return parserError;
    if (exception instanceof HttpException)
      return new AppError(frameworkCode(exception.getStatus()));
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: summarise(exception), path: req.path }, 'database unavailable');
      return new AppError('DATABASE_UNAVAILABLE');
    }
    if (sqlStateOf(exception) === '40001' || sqlStateOf(exception) === '40P01') {
      return new AppError('TRANSIENT_CONFLICT');
    }
    this.logger.error({ err: summarise(exception), path: req.path }, 'unhandled error');
    return new AppError('INTERNAL_ERROR');
  }
}

/**
 * Database errors carry the failing query and its parameters, which may hold personal data:
 * log only the kind of error, never `parameters`.
 */
function summarise(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) };
  return { name: err.name, message: err.message, code: sqlStateOf(err), stack: err.stack };
}
