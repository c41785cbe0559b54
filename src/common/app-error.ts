/**
 * A fault the client can act on. `code` is stable for programs, `message` is for people (zh-CN),
 * `field` names the offending input when there is one.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
    /** Extra body fields for expected outcomes, e.g. a diagnosis of an infeasible month. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'VALIDATION_FAILED', message, field);

export const notFound = (what: string, id: string) =>
  new AppError(404, 'NOT_FOUND', `${what}不存在：${id}`);

export const forbidden = (message = '无权访问该资源') => new AppError(403, 'FORBIDDEN', message);

export const conflict = (message: string, field?: string) =>
  new AppError(409, 'CONFLICT', message, field);
