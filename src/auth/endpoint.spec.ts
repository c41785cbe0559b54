import { Body, Delete, Get, HttpCode, Param, Post, Query, RequestMethod } from '@nestjs/common';
import {
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants.js';
import { z } from 'zod';
import { ApiZodResponse } from '../common/api-responses.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
import { AnyRole, PUBLIC_KEY, Public, ROLES_KEY, Roles } from './decorators.js';
import { Endpoint } from './endpoint.js';
import { ROLES } from './user.entity.js';

const API_RESPONSE = 'swagger/apiResponse';
const API_PARAMETERS = 'swagger/apiParameters';

const noteSchema = z.strictObject({ note: z.string() });
const monthSchema = z.strictObject({ month: z.string() });
const thing = z.object({ id: z.string() });
const answer = { id: 'x' };

/** What Nest (routing, guard, status) and swagger read from a handler, its arguments included. */
function metadataOf(controller: abstract new () => object, handler: string) {
  const fn = (controller.prototype as Record<string, object>)[handler];
  const keys = Reflect.getMetadataKeys(fn).filter((k) => !String(k).startsWith('design:'));
  return {
    ...Object.fromEntries(keys.map((k) => [k, Reflect.getMetadata(k, fn)])),
    arguments: Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler),
  };
}

/** The same routes declared with the decorators Endpoint and the parameter decorators compose. */
class Spelled {
  @Roles('admin', 'office')
  @Post(':id/close')
  @HttpCode(200)
  @ApiZodBody(noteSchema)
  @ApiZodResponse(thing)
  close(@Param('id', UuidPipe) _id: string, @Body(new ZodPipe(noteSchema)) _body: unknown) {
    return answer;
  }

  @Roles('admin')
  @Post()
  @ApiZodResponse(thing, 201)
  create() {
    return answer;
  }

  @AnyRole()
  @Get('things')
  @ApiZodResponse(z.array(thing))
  list(@Query(new ZodPipe(monthSchema)) _q: unknown) {
    return [answer];
  }

  @Public()
  @Delete('things/:thingId')
  @HttpCode(204)
  remove(@Param('thingId', UuidPipe) _id: string) {}
}

class Composed {
  @Endpoint.action(':id/close', { roles: ['admin', 'office'], response: thing })
  close(@IdParam() _id: string, @ZodBody(noteSchema) _body: unknown) {
    return answer;
  }

  @Endpoint.post('', { roles: ['admin'], response: thing })
  create() {
    return answer;
  }

  @Endpoint.get('things', { roles: 'any', response: z.array(thing) })
  list(@ZodQuery(monthSchema) _q: unknown) {
    return [answer];
  }

  @Endpoint.delete('things/:thingId', { public: true, status: 204 })
  remove(@IdParam('thingId') _id: string) {}

  // The answer must still match the schema it documents, as with ApiZodResponse.
  // @ts-expect-error: a number where the schema promises an object with an id
  @Endpoint.get('wrong', { roles: 'any', response: thing })
  wrong() {
    return 1;
  }
}

describe('Endpoint', () => {
  it.each(['close', 'create', 'list', 'remove'])(
    '%s: the same metadata as the decorators it composes',
    (handler) => {
      expect(metadataOf(Composed, handler)).toEqual(metadataOf(Spelled, handler));
    },
  );

  it('action: a POST that answers 200, roles for the guard, body and answer for OpenAPI', () => {
    const meta = metadataOf(Composed, 'close');
    expect(meta[METHOD_METADATA]).toBe(RequestMethod.POST);
    expect(meta[PATH_METADATA]).toBe(':id/close');
    expect(meta[HTTP_CODE_METADATA]).toBe(200);
    expect(meta[ROLES_KEY]).toEqual(['admin', 'office']);
    expect(Object.keys(meta[API_RESPONSE] as object)).toEqual(['200']);
    expect(meta[API_PARAMETERS]).toEqual([expect.objectContaining({ in: 'body' })]);
  });

  it("post: Nest's own 201, documented as such, without an HttpCode of its own", () => {
    const meta = metadataOf(Composed, 'create');
    expect(meta[HTTP_CODE_METADATA]).toBeUndefined();
    expect(Object.keys(meta[API_RESPONSE] as object)).toEqual(['201']);
  });

  it("'any' opens a route to every role; public to callers without a token", () => {
    expect(metadataOf(Composed, 'list')[ROLES_KEY]).toEqual([...ROLES]);
    expect(metadataOf(Composed, 'remove')[PUBLIC_KEY]).toBe(true);
    expect(metadataOf(Composed, 'remove')[ROLES_KEY]).toBeUndefined();
  });
});
