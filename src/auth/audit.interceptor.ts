import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { catchError, concatMap, type Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from './auth-user.js';
import { AuditService } from './audit.service.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Records every write that reaches a handler, accepted or refused, in the audit log. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly logger: Logger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context
      .switchToHttp()
      .getRequest<Request & { user?: AuthUser; id?: string; route?: { path?: string } }>();
    if (READS.has(req.method)) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    const write = async (statusCode: number) => {
      const username = typeof req.body?.username === 'string' ? req.body.username : undefined;
      await this.audit
        .record({
          user: req.user,
          username: req.user ? undefined : username?.slice(0, 100),
          action: `${req.method} ${req.route?.path ?? req.path}`,
          entityId: typeof req.params?.id === 'string' ? req.params.id : undefined,
          statusCode,
          ip: req.ip,
          requestId: req.id ? String(req.id) : undefined,
        })
        .catch((err: unknown) =>
          this.logger.error({ err: (err as Error).message }, 'audit log write failed'),
        );
    };
    return next.handle().pipe(
      concatMap(async (body) => {
        await write(res.statusCode);
        return body;
      }),
      catchError(async (err: unknown) => {
        const status =
          err instanceof AppError
            ? err.status
            : err instanceof HttpException
              ? err.getStatus()
              : 500;
        await write(status);
        throw err;
      }),
    );
  }
}
