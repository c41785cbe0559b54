/** demo: the demonstration city 青嵘市 and its year of records, seeded into an empty database. */
export { seedDemoHallYear } from './demo-hall-year.js';
export { isEmpty, seedDemoCity } from './demo-seed.js';
