/** stats: the hall figures and the annual report, read from the record of every module. */
export { StatsModule } from './stats.module.js';
