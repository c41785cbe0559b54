import { AuditLog } from '../auth/audit-log.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { User } from '../auth/user.entity.js';
import { Department } from '../org/department.entity.js';
import { Leader } from '../org/leader.entity.js';
import { Subject, SubjectAlias } from '../org/subject.entity.js';
import { Unit } from '../org/unit.entity.js';

/** Every entity of the service; the migrations must produce exactly this schema. */
export const ENTITIES = [
  Unit,
  Leader,
  Department,
  Subject,
  SubjectAlias,
  User,
  AuditLog,
  LoginAttempt,
];
