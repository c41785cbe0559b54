/**
 * config: the service's configuration, composed from each module's <name>.config.ts and validated
 * once at start-up. Modules receive their part through InjectConfig / APP_CONFIG.
 */
export { type AppConfig, loadConfig } from './config.js';
export { APP_CONFIG, ConfigModule, InjectConfig } from './config.module.js';
