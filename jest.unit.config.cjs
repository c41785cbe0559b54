/**
 * `npm run test:unit`: the unit specs beside the code (src/**\/*.spec.ts, web/src/**\/*.spec.ts), without PostgreSQL or
 * the services the end-to-end tests start. `npm test` runs them too, with everything else.
 */
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  roots: ['<rootDir>/src', '<rootDir>/web/src'],
  testRegex: '\\.spec\\.ts$',
  globalSetup: undefined,
  globalTeardown: undefined,
};
