/** Password of the demo users in the template database every test file clones. */
export const TEST_DEMO_PASSWORD = 'test-demo-password';
export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
/** Personal-data keys of the tests (32 bytes each, base64). */
export const TEST_PII_KEYS = {
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  PII_HMAC_KEY: Buffer.alloc(32, 9).toString('base64'),
};
export const TEST_DB_PREFIX = 'roster_test_';
