import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { z, type ZodError, type ZodType } from 'zod';
import { AppError } from './app-error.js';

/** Renders a zod path as people write it: leaders[2].portfolioSubjects[0]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function zodToAppError(error: ZodError, prefix?: string): AppError {
  const issue = error.issues[0];
  let path: PropertyKey[] = [...issue.path];
  if (issue.code === 'unrecognized_keys') path = [...path, issue.keys[0]];
  const field = formatPath(prefix ? [prefix, ...path] : path) || prefix;
  const message = field ? `${field}：${issue.message}` : issue.message;
  return new AppError('VALIDATION_FAILED', message, { field: field || undefined });
}

/** Validates and converts one request part (body, query) with a zod schema. */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: ZodType<T>,
    private readonly prefix?: string,
  ) {}

  transform(value: unknown, _meta: ArgumentMetadata): T {
    const parsed = this.schema.safeParse(value ?? {});
    if (!parsed.success) throw zodToAppError(parsed.error, this.prefix);
    return parsed.data;
  }
}

/** Documents a zod body schema in OpenAPI. */
export const ApiZodBody = (schema: ZodType) =>
  ApiBody({ schema: z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' }) as object });

const uuid = z.uuid();

/** Route ids are UUIDs: anything else is a 400 naming the parameter, not a database error. */
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (!uuid.safeParse(value).success) {
      const name = meta.data ?? 'id';
      throw new AppError('VALIDATION_FAILED', `${name}：必须是 UUID`, { field: name });
    }
    return value;
  }
}
