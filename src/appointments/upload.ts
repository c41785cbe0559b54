import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppError } from '../common/app-error.js';

/** Hard ceiling of what multer buffers; the configured IMPORT_MAX_BYTES is checked afterwards. */
export const UPLOAD_CEILING_BYTES = 50 * 1024 * 1024;

/** The part of multer's file object we use (multer's types are not installed). */
export interface UploadedFileLike {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Multer's English errors (file too large, wrong field) as Chinese answers with an errors list. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof HttpException && !(err instanceof AppError)) {
          const refusal =
            err.getStatus() === 413
              ? new AppError('FILE_TOO_LARGE', { limit: UPLOAD_CEILING_BYTES })
              : new AppError('BAD_UPLOAD');
          const error = { row: null, column: null, message: refusal.message };
          return throwError(
            () =>
              new AppError(refusal.code, refusal.message, {
                field: 'file',
                details: { errors: [error] },
              }),
          );
        }
        return throwError(() => err);
      }),
    );
  }
}
