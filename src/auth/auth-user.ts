import type { Role } from './user.entity.js';

/** The caller as seen by guards and services (loaded fresh from the database on each request). */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  unitId: string;
  leaderId: string | null;
  departmentId: string | null;
}
