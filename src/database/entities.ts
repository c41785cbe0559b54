import { AuditLog } from '../auth/audit-log.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { User } from '../auth/user.entity';
import { Department } from '../org/department.entity';
import { Leader } from '../org/leader.entity';
import { Subject, SubjectAlias } from '../org/subject.entity';
import { Unit } from '../org/unit.entity';

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
