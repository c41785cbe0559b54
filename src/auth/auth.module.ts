import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AuthConfig } from './auth.config.js';
import { APP_CONFIG } from '../config/index.js';
import { AuditLog } from './audit-log.entity.js';
import { AuditStore, TypeOrmAuditStore } from './audit-store.js';
import { AuditService } from './audit.service.js';
import { AuditController, AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptStore, PostgresLoginAttemptStore } from './login-attempt-store.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { User } from './user.entity.js';
import { TypeOrmUserStore, UserStore } from './user-store.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, AuditLog]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AuthConfig) => ({ secret: config.JWT_SECRET }),
    }),
  ],
  controllers: [AuthController, AuditController],
  providers: [
    { provide: UserStore, useClass: TypeOrmUserStore },
    { provide: LoginAttemptStore, useClass: PostgresLoginAttemptStore },
    { provide: AuditStore, useClass: TypeOrmAuditStore },
    AuthService,
    AuditService,
    LoginRateLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AuditService],
})
export class AuthModule {}
