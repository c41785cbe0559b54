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
          const status = err.getStatus();
          const message =
            status === 413
              ? `文件过大（上限 ${UPLOAD_CEILING_BYTES} 字节）`
              : `上传格式不正确：请用 multipart/form-data 的 file 字段上传一个文件`;
          const error = { row: null, column: null, message };
          return throwError(
            () =>
              new AppError(
                status === 413 ? 413 : 400,
                status === 413 ? 'FILE_TOO_LARGE' : 'BAD_UPLOAD',
                message,
                'file',
                {},
                { errors: [error] },
              ),
          );
        }
        return throwError(() => err);
      }),
    );
  }
}
