/**
 * appointments: priority cases (重点约访), their import, matching to sessions, appointments, reception
 * records, walk-ins and the petitioners' encrypted personal data. Other modules read reception and
 * walk-in facts for the hall figures (stats); the composition roots register the entities and the
 * module, and the demo seeds cases.
 */
export { Appointment } from './appointment.entity.js';
export { AppointmentsModule } from './appointments.module.js';
export { CasePetitioner } from './case-petitioner.entity.js';
export { checkCharacter } from './pii/id-number.js';
export { PiiCrypto } from './pii/pii-crypto.js';
export { PriorityCase } from './priority-case.entity.js';
export { type ReceptionOutcome, ReceptionRecord } from './reception-record.entity.js';
export { type ReceptionFact, ReceptionsService } from './receptions.service.js';
export { WalkInPetitioner } from './walk-ins/walk-in-petitioner.entity.js';
export {
  type Satisfaction,
  WalkInReception,
  type WalkInStatus,
} from './walk-ins/walk-in.entity.js';
export { WalkInsService } from './walk-ins/walk-ins.service.js';
