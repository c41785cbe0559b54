/** health: liveness and readiness for the server and its database. */
export { HealthController } from './health.controller.js';
