import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, forbidden } from '../common/app-error.js';
import { AuthService } from './auth.service.js';
import { PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import type { Role } from './user.entity.js';

const unauthorized = () => new AppError('UNAUTHORIZED');

/** Global guard: a valid bearer token of an active user, and a role the handler admits. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest();
    const header: unknown = req.headers?.authorization;
    const match = typeof header === 'string' ? /^Bearer (\S+)$/i.exec(header) : null;
    if (!match) throw unauthorized();
    const user = await this.auth.authenticate(match[1]);
    if (!user) throw unauthorized();
    req.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !roles.includes(user.role)) throw forbidden();
    return true;
  }
}
