import { Body, Param, Query } from '@nestjs/common';
import type { ZodType } from 'zod';
import { ApiZodBody, UuidPipe, ZodPipe } from './zod-validation.js';

/**
 * The body a handler takes, validated by its zod schema. The same schema documents the body in
 * OpenAPI, so what the page is told to send is what the handler accepts.
 */
export function ZodBody(schema: ZodType): ParameterDecorator {
  const validate = Body(new ZodPipe(schema));
  const document = ApiZodBody(schema);
  return (target, key, index) => {
    validate(target, key, index);
    if (key === undefined) return;
    // Parameter decorators get no descriptor: the handler's own one carries the OpenAPI body.
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) document(target, key, descriptor);
  };
}

/** The query string, validated and converted by its zod schema. */
export const ZodQuery = (schema: ZodType): ParameterDecorator => Query(new ZodPipe(schema));

/** A UUID path parameter (`:id` unless named): anything else is a 400 naming the parameter. */
export const IdParam = (name = 'id'): ParameterDecorator => Param(name, UuidPipe);
