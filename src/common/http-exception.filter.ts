import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable, sqlStateOf } from './database-errors.js';

interface ErrorBody {
  [extra: string]: unknown;
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  requestId?: string;
}

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

const STATUS_MESSAGES: Record<number, string> = {
  401: '未登录或登录已过期',
  403: '无权访问该资源',
  404: '资源不存在',
};

/** Errors raised by Express's body parser before a controller runs. */
function bodyParserError(err: unknown): ErrorBody | undefined {
  const e = err as { type?: string; status?: number; limit?: number };
  switch (e?.type) {
    case 'entity.too.large':
      return {
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `请求体过大（上限 ${e.limit} 字节）`,
      };
    case 'entity.parse.failed':
      return { statusCode: 400, code: 'INVALID_JSON', message: '请求体不是合法的 JSON' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求编码' };
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
    const body = this.toBody(exception, req);
    body.requestId = req.id ? String(req.id) : undefined;
    if (exception instanceof AppError) {
      for (const [k, v] of Object.entries(exception.headers)) res.setHeader(k, v);
    }
    if (body.statusCode === 503) res.setHeader('Retry-After', '5');
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request): ErrorBody {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.field ? { field: exception.field } : {}),
        ...exception.details,
      };
    }
    // Express's adapter wraps body-parser errors in HttpExceptions; the cause says which.
    const parserError =
      bodyParserError(exception) ??
      (exception instanceof HttpException ? bodyParserError(exception.cause) : undefined);
    if (parserError) return parserError;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        statusCode: status,
        code: STATUS_CODES[status] ?? `HTTP_${status}`,
        message: STATUS_MESSAGES[status] ?? exception.message,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: summarise(exception), path: req.path }, 'database unavailable');
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'DATABASE_UNAVAILABLE',
        message: '数据库暂时不可用，请稍后重试',
      };
    }
    if (sqlStateOf(exception) === '40001' || sqlStateOf(exception) === '40P01') {
      return { statusCode: 409, code: 'CONFLICT', message: '并发修改冲突，请重试' };
    }
    this.logger.error({ err: summarise(exception), path: req.path }, 'unhandled error');
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: '服务器内部错误' };
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
