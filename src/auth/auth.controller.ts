import { Controller, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { queryBigintId, queryInt } from '../common/bounds.js';
import { text } from '../common/text.js';
import { ZodBody, ZodQuery } from '../common/route-params.js';
import type { AuthUser } from './auth-user.js';
import { AuditService } from './audit.service.js';
import { AuthService, type LoginResult } from './auth.service.js';
import { CurrentUser } from './decorators.js';
import { Endpoint } from './endpoint.js';
import { loginResponse, meResponse } from './auth.responses.js';

const loginSchema = z.strictObject({
  username: text({ min: 1, max: 100, identifier: true }),
  password: text({ min: 1, max: 200, trim: false }),
});

const auditQuerySchema = z.strictObject({
  limit: queryInt(1, 500).default(100),
  before: queryBigintId.optional(),
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Endpoint.action('login', { public: true, response: loginResponse })
  login(
    @ZodBody(loginSchema) body: z.infer<typeof loginSchema>,
    @Req() req: Request,
  ): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, req.ip ?? 'unknown');
  }

  @ApiBearerAuth()
  @Endpoint.get('me', { roles: 'any', response: meResponse })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint.get('', { roles: ['admin'] })
  list(@ZodQuery(auditQuerySchema) query: z.infer<typeof auditQuerySchema>) {
    return this.audit.list({ limit: query.limit, beforeId: query.before });
  }
}
