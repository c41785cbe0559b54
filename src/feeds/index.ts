/**
 * feeds: the iCalendar subscriptions of leaders and departments. Appointments publish their
 * sessions' cases through FeedAppointmentsRegistry; the server mounts FeedEndpoint.
 */
export {
  FeedAppointmentsRegistry,
  type FeedAppointmentsSource,
  type SessionAppointments,
} from './feed-appointments.js';
export { FeedEndpoint } from './feed-endpoint.js';
export { FeedRevision } from './feed-revision.entity.js';
export { FeedToken } from './feed-token.entity.js';
export { FeedValidator } from './feed-validator.entity.js';
export { FeedsModule } from './feeds.module.js';
export { FeedsService } from './feeds.service.js';
