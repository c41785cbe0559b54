/**
 * NestJS 12 ships ES modules only, so Jest runs in its native ESM mode
 * (NODE_OPTIONS=--experimental-vm-modules, set by `npm test`) and ts-jest emits ESM.
 * Unit tests sit beside the code (src/**\/*.spec.ts, and the web page's logic in
 * web/src/**\/*.spec.ts: plain .ts modules, no components); end-to-end tests live in test/.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/web/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.c?ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  // Sources import './x.js' as Node's ESM resolution requires; Jest finds the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  moduleFileExtensions: ['ts', 'cts', 'js', 'json'],
  globalSetup: '<rootDir>/test/support/global-setup.cts',
  globalTeardown: '<rootDir>/test/support/global-teardown.cts',
  testTimeout: 60000,
  maxWorkers: 2,
};
