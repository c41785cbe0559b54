import { z } from 'zod';
import { apiModel } from '../common/api-responses.js';
import { ROLES } from './user.entity.js';

export const meResponse = apiModel(
  'Me',
  z.object({
    id: z.string(),
    username: z.string(),
    role: z.enum(ROLES),
    unitId: z.string(),
    leaderId: z.string().nullable(),
    departmentId: z.string().nullable(),
  }),
);

export const loginResponse = apiModel(
  'LoginResult',
  z.object({ accessToken: z.string(), expiresAt: z.string() }),
);
