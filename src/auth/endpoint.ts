import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import type { ZodType } from 'zod';
import { ApiZodResponse, type ZodResponseDecorator } from '../common/api-responses.js';
import { AnyRole, Public, Roles } from './decorators.js';
import type { Role } from './user.entity.js';

/** Who may call: the roles listed, every signed-in role, or anyone without signing in. */
type Access = { roles: readonly Role[] | 'any' } | { public: true };

type EndpointOptions = Access & {
  /** The success status, where it is not Nest's own for the method (POST 201, the others 200). */
  status?: number;
};

const METHODS = { get: Get, post: Post, put: Put, patch: Patch, delete: Delete };

function access(options: Access): MethodDecorator {
  if ('public' in options) return Public();
  return options.roles === 'any' ? AnyRole() : Roles(...options.roles);
}

function endpointFor(method: keyof typeof METHODS, usualStatus?: number) {
  const nestStatus = method === 'post' ? 201 : 200;
  function endpoint<S extends ZodType>(
    path: string,
    options: EndpointOptions & { response: S },
  ): ZodResponseDecorator<S>;
  function endpoint(path: string, options: EndpointOptions): MethodDecorator;
  function endpoint(path: string, options: EndpointOptions & { response?: ZodType }) {
    const status = options.status ?? usualStatus ?? nestStatus;
    const decorators = [access(options), METHODS[method](path)];
    if (status !== nestStatus) decorators.push(HttpCode(status));
    if (options.response) {
      decorators.push(ApiZodResponse(options.response, status) as unknown as MethodDecorator);
    }
    return applyDecorators(...decorators);
  }
  return endpoint;
}

/**
 * A route in one line: who may call it, its method and path, its success status, and the JSON
 * answer it documents (and must return, as with ApiZodResponse). `''` is the controller's own path.
 *
 *   @Endpoint.patch(':id', { roles: ['admin', 'office'], response: leaderResponse })
 */
export const Endpoint = {
  get: endpointFor('get'),
  post: endpointFor('post'),
  /** A POST that does something rather than create it (accept, close, sign in): 200, not 201. */
  action: endpointFor('post', 200),
  put: endpointFor('put'),
  patch: endpointFor('patch'),
  delete: endpointFor('delete'),
};
