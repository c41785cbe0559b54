import type { AuthUser } from '../auth/index.js';

/** Planning reads units and departments on its own behalf, not on a caller's. */
export const SYSTEM: AuthUser = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  role: 'admin',
  unitId: '00000000-0000-0000-0000-000000000000',
  leaderId: null,
  departmentId: null,
};
