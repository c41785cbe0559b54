import { Initial1795644094970 } from './1795644094970-Initial.js';
import { SeedSubjectTaxonomy1795644100000 } from './1795644100000-SeedSubjectTaxonomy.js';
import { CalendarAndAvailability1795644869288 } from './1795644869288-CalendarAndAvailability.js';
import { SeedStatutoryHolidays1795644900000 } from './1795644900000-SeedStatutoryHolidays.js';
import { Rosters1795645555378 } from './1795645555378-Rosters.js';

/** Every migration in order; `npm run migration:generate` appends new ones here. */
export const MIGRATIONS = [
  Initial1795644094970,
  SeedSubjectTaxonomy1795644100000,
  CalendarAndAvailability1795644869288,
  SeedStatutoryHolidays1795644900000,
  Rosters1795645555378,
];
