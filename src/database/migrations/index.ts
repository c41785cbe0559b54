import { Initial1795644094970 } from './1795644094970-Initial.js';
import { SeedSubjectTaxonomy1795644100000 } from './1795644100000-SeedSubjectTaxonomy.js';

/** Every migration in order; `npm run migration:generate` appends new ones here. */
export const MIGRATIONS = [Initial1795644094970, SeedSubjectTaxonomy1795644100000];
