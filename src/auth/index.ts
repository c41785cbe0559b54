/**
 * auth: accounts, sign-in, roles and the audit log. Other modules put the decorators and the caller
 * (AuthUser) on their controllers, check a caller's unit in their services, read accounts through
 * AuthService and record what users did through AuditService.
 */
export { AuditLog } from './audit-log.entity.js';
export { AuditInterceptor } from './audit.interceptor.js';
export { AuditService } from './audit.service.js';
export type { AuthUser } from './auth-user.js';
export { AuthModule } from './auth.module.js';
export { AuthService } from './auth.service.js';
export { AnyRole, CurrentUser, Public, Roles } from './decorators.js';
export { Endpoint } from './endpoint.js';
export { OFFICE, OFFICE_AND_LEADER, SCREENING, STAFF } from './role-groups.js';
export { LoginAttempt } from './login-attempt.entity.js';
export { hashPassword } from './passwords.js';
export { assertUnitAccess, canAccessUnit } from './scope.js';
export { type Role, User } from './user.entity.js';
