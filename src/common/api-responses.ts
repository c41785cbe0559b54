import { ApiResponse } from '@nestjs/swagger';
import { z, type ZodType } from 'zod';

/**
 * Response bodies in the OpenAPI document, described with zod like the request bodies. The web
 * page's wire types are generated from that document (npm run api:types), so what is declared
 * here is what the page may read.
 */
const models = z.registry<{ id: string }>();

const COMPONENTS = '#/components/schemas/';

/** A reception session, or the 24-hour on-call duty (值班) of a special-period day. */
export const sessionCode = z.enum(['AM', 'PM']);
export const dutyCode = z.enum(['AM', 'PM', 'CALL']);

/** One page of a longer list, and how many items the whole list holds. */
export const pageOf = <T extends ZodType>(item: T) =>
  z.object({ total: z.number(), items: z.array(item) });

/**
 * Objects list what the service sends at least: an entity may carry more columns than the page
 * needs described, so the document does not forbid further properties.
 */
const openObjects = {
  override: ({ jsonSchema }: { jsonSchema: { additionalProperties?: unknown } }) => {
    if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  },
} as const;

/** Names a response schema: it becomes components.schemas[name] and a named type for the page. */
export function apiModel<S extends ZodType>(name: string, schema: S): S {
  models.add(schema, { id: name });
  return schema;
}

/** Every named response schema, as the document's components.schemas. */
export function apiModelComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(models, {
    target: 'openapi-3.0',
    io: 'output',
    uri: (id) => COMPONENTS + id,
    ...openObjects,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $id: _id, ...schema }]) => [name, schema]),
  );
}

function openApiSchemaOf(schema: ZodType): object {
  const name = models.get(schema)?.id;
  if (name) return { $ref: COMPONENTS + name };
  // Named schemas inside an unnamed one (an array of cases) point at their components.
  const json = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'output',
    metadata: models,
    ...openObjects,
  }) as Record<string, unknown>;
  delete json.definitions;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/definitions/', `"${COMPONENTS}`)) as object;
}

/**
 * What the service may send where the schema says string: a Date, which JSON turns into its ISO
 * text. Everything else as the schema says.
 */
type Sendable<T> = T extends string
  ? string extends T
    ? T | Date
    : T
  : T extends ReadonlyArray<infer E>
    ? ReadonlyArray<Sendable<E>>
    : T extends object
      ? { [K in keyof T]: Sendable<T[K]> }
      : T;

/** A method decorator that accepts only handlers returning what schema S describes. */
export type ZodResponseDecorator<S extends ZodType> = <
  M extends (...args: never[]) => Sendable<z.output<S>> | Promise<Sendable<z.output<S>>>,
>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<M>,
) => void;

/**
 * Documents a handler's JSON answer. The handler must return what the schema promises (a compile
 * error otherwise), so the document, and the page's generated types, cannot claim a field or a
 * value the service does not send.
 */
export function ApiZodResponse<S extends ZodType>(
  schema: S,
  status = 200,
): ZodResponseDecorator<S> {
  const document = ApiResponse({ status, description: '', schema: openApiSchemaOf(schema) });
  return (target, key, descriptor) => {
    document(target, key, descriptor);
  };
}
