/** duty-requests: leave and swap requests (请假 / 换班) on published duties. */
export { DutyRequest } from './duty-request.entity.js';
export { DutyRequestsModule } from './duty-requests.module.js';
