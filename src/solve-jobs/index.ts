/** solve-jobs: roster computations queued, run, followed and stopped as jobs. */
export { SolveJob } from './solve-job.entity.js';
export { SolveJobsModule } from './solve-jobs.module.js';
