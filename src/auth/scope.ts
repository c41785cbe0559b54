import { forbidden } from '../common/app-error.js';
import type { AuthUser } from './auth-user.js';

/** Users see only their own unit; administrators see all. */
export function canAccessUnit(user: AuthUser, unitId: string): boolean {
  return user.role === 'admin' || user.unitId === unitId;
}

export function assertUnitAccess(user: AuthUser, unitId: string): void {
  if (!canAccessUnit(user, unitId)) throw forbidden('无权访问其他单位的数据');
}
